import { describe, expect, it } from 'vitest';
import { check, ruleTester, scanFiles, type Case } from '../helpers/rule-tester';
import { hardcodedSecretKey } from '../../src/rules/hardcoded-secret-key';
import { placeFinding } from '../../src/engine/pipeline';
import { ContextClassifier } from '../../src/core/context';

const STRONG = 'k8#s!v2@p9^x$w&m3z(q)r+t*u1y0e-l7n_b6c5d4a9f2h1j3k5l7n9p0r2';

const flagged: Case[] = [
  // node-oidc-provider signs its cookies with the keygrip keys of `cookies.keys` (etherpad's provider).
  { file: 'src/security/OAuth2Provider.ts', text: "import { Provider } from 'oidc-provider';\nconst provider = new Provider(issuer, {\n  cookies: { keys: ['Qm8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8e'] },\n});", secret: 'Qm8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8e', line: 3 },
  { file: 'src/oidc.js', text: "const { Provider } = require('oidc-provider');\nconst configuration = {\n  cookies: {\n    long: { signed: true },\n    keys: ['Qm8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8e', process.env.OLD_KEY],\n  },\n};", secret: 'Qm8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8e', line: 5 },
  // Laravel's key in its own form, under any spelling.
  { file: 'deploy/env.py', text: 'config = {"app_key": "base64:Qm8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoM="}', secret: 'base64:Qm8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoM=', line: 1 },
  // A bundle without its language may hold settings.
  { file: 'src/main/resources/messages.properties', text: 'jwt.secret=Qm8Zr4nM2xV7bL1cK9pT3wY6\n', secret: 'Qm8Zr4nM2xV7bL1cK9pT3wY6', line: 1 },
  // The application's own app secret, under another object or none; a provider's real one, under its name.
  { file: 'config/appsettings.json', text: '{\n  "Security": {\n    "AppSecret": "changeme"\n  }\n}', secret: 'changeme', line: 3 },
  { file: 'config/packages/framework.yaml', text: 'framework:\n  app_secret: changeme\n', secret: 'changeme', line: 2 },
  { file: 'src/Web/appsettings.json', text: '{\n  "Authentication": {\n    "Facebook": {\n      "AppSecret": "dfec4a8b9c1e2f3a4b5c6d7e8f9a0b1c"\n    }\n  }\n}', secret: 'dfec4a8b9c1e2f3a4b5c6d7e8f9a0b1c', line: 4 },
  // A prefixed spelling of its own name with no such constant beside it, or beside constants of other kinds, is a value.
  { file: 'src/main/java/com/example/Auth.java', text: 'public class Auth {\n    public static final String JWT_SECRET_KEY = "my_secretKey";\n    public static final int TTL = 3600;\n}', secret: 'my_secretKey', line: 2 },
  { file: 'src/main/java/com/example/Auth.java', text: 'public class Auth {\n    public static final String ISSUER = "example";\n    public static final String JWT_SECRET_KEY = "app_jwtSecretKey";\n}', secret: 'app_jwtSecretKey', line: 3 },
  // Words of a weak value in snake case, beside a constant set to its own words (authelia's test constants).
  { file: 'internal/configuration/validator/const.go', text: 'const (\n\ttestLDAPBaseDN    = "base_dn"\n\ttestEncryptionKey = "a_not_so_secure_encryption_key"\n)', secret: 'a_not_so_secure_encryption_key', line: 3 },
  // A setting's name as a sentence among values of other kinds is a weak value.
  { file: 'config/settings.py', text: 'AUTH = {\n    "JWT_SECRET": "Jwt secret",\n    "JWT_TTL": 3600,\n}', secret: 'Jwt secret', line: 2 },
  { file: 'config/app.js', text: "module.exports = {\n  port: 3000,\n  sessionSecret: 'Session secret',\n  name: 'shop',\n};", secret: 'Session secret', line: 3 },
  // The application's own keys for its second factor (to encrypt seeds, sign its tokens) are keys like any other.
  { file: 'app/config.py', text: 'TOTP_ENCRYPTION_KEY = "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  // In capitals, a seed's name is a setting of the whole application (an environment variable).
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    environment:\n      TOTP_SECRET_KEY: 7f86d081884c7d659a2feaa0c55ad0159f86d081884c7d659a2feaa0c55ad0153a\n', secret: '7f86d081884c7d659a2feaa0c55ad0159f86d081884c7d659a2feaa0c55ad0153a', line: 4 },
  { file: 'app/config.py', text: 'MFA_JWT_SECRET = "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  { file: 'app/config.rb', text: 'OTP_SIGNING_KEY = "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  // A template of placeholders named as its keys' last words is no map to configuration keys; a title among values is
  // no description; constants named so, two, with no others beside them, are values.
  { file: 'config/default.json', text: '{\n  "DB_HOST": "host",\n  "DB_USER": "user",\n  "JWT_SECRET": "secret"\n}', secret: 'secret', line: 4 },
  { file: 'config/app.js', text: "module.exports = {\n  siteName: 'The Acme Online Shop',\n  sessionSecret: 'Session secret',\n};", secret: 'Session secret', line: 3 },
  { file: 'src/server.js', text: "const SESSION_NAME = 'shop-session-name';\nconst SESSION_SECRET = 'shop-session-secret';\napp.use(session({ name: SESSION_NAME, secret: SESSION_SECRET }));", secret: 'shop-session-secret', line: 2 },
  { file: 'src/Auth.java', text: 'class Auth {\n    static final String ISSUER_NAME = "app_issuerName";\n    static final String JWT_SECRET = "app_jwtSecret";\n}', secret: 'app_jwtSecret', line: 3 },
  // A provider that people host themselves (Pusher's protocol: soketi, Reverb) takes the secret its deployer picks.
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    environment:\n      PUSHER_HOST: soketi\n      PUSHER_APP_SECRET: app-secret\n', secret: 'app-secret', line: 5 },
  // One entry so named is a weak value: its neighbours are no map of names.
  { file: 'config/app.php', text: "<?php\nreturn [\n    'APP_NAME' => 'Shop',\n    'APP_KEY' => 'key',\n    'APP_ENV' => 'production',\n];", secret: 'key', line: 4 },
  { file: 'config/app.php', text: "<?php\nreturn [\n    'APP_DEBUG' => 'debug',\n    'APP_SECRET' => 'secret',\n    'APP_ENV' => 'production',\n];", secret: 'secret', line: 4 },
  // A cast type's word outside a model's casts is a value like any other; so is a value after the casts' method ends.
  { file: 'config/services.php', text: "<?php\nreturn [\n    'hooks' => [\n        'webhook_secret' => 'hashed',\n    ],\n];", secret: 'hashed', line: 4 },
  { file: 'app/Models/User.php', text: "<?php\nclass User extends Model\n{\n    protected function casts(): array\n    {\n        return ['secret' => 'encrypted'];\n    }\n\n    public function sign(): array\n    {\n        return ['jwt_secret' => 'encrypted'];\n    }\n}", secret: 'encrypted', line: 11 },
  // Behind a check that tests are running, a value only a test run sees; not behind its negation, nor with an `or`.
  { file: 'engine/settings/dev.py', text: 'TESTING = "pytest" in sys.modules or "unittest" in sys.modules\n\nif TESTING:\n    MATTERMOST_SIGNING_SECRET = "f0cb4a8b9c1e2f3a4b5c6d7e8f9a0b1c"\n', secret: 'f0cb4a8b9c1e2f3a4b5c6d7e8f9a0b1c', line: 4, context: 'test', severity: 'notice' },
  { file: 'app/settings.py', text: 'if "test" in sys.argv:\n    SECRET_KEY = "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'test', severity: 'notice' },
  { file: 'app/config.py', text: 'if app.testing: JWT_SECRET = "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'test', severity: 'notice' },
  { file: 'app/settings.py', text: 'if not TESTING:\n    SECRET_KEY = "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'production', severity: 'error' },
  { file: 'app/settings.py', text: 'if TESTING or STAGING:\n    SECRET_KEY = "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'production', severity: 'error' },
  { file: 'app/settings.py', text: 'if TESTING:\n    pass\nelse:\n    SECRET_KEY = "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 4, context: 'production', severity: 'error' },
  // Laravel's key in capitals, in any language (a deploy script's).
  { file: 'deploy/laravel.py', text: 'APP_KEY = "base64:Qm8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoM="', secret: 'base64:Qm8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoM=', line: 1 },
  // A typed Go constant that is no enum member (its name is not its type's and its value's), and a key in an enum.
  { file: 'internal/auth/keys.go', text: 'const (\n\tSigningKey Secret = "Qm8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV"\n)', secret: 'Qm8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV', line: 2 },
  { file: 'src/keys.ts', text: "export enum Keys {\n  JWT_SECRET = 'JwtSecretProd2024',\n}", secret: 'JwtSecretProd2024', line: 2 },
  // A random value in a catalogue is no label.
  { file: 'web/strings/strings.en.yaml', text: 'secretKey: Qm8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV\n', secret: 'Qm8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV', line: 1 },
  // Given to a call that signs, the marker is the key the code signs with, as written.
  { file: 'src/auth.js', text: "const jwt = require('jsonwebtoken');\nconst token = jwt.sign({ id: 1 }, '<YOUR_SECRET>');", secret: '<YOUR_SECRET>', line: 2 },
  // Both branches of a Ruby `if` literals: the one behind the negated production check is development's.
  { file: 'config/application.rb', text: 'config.secret_key_base = if !Rails.env.production?\n  "development-only-secret-key-base-4f9a2c7e1b8d3a6f0c5e9b2d7a4f1c8e"\nelse\n  "Rb8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb1"\nend', secret: 'Rb8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb1', line: 4, context: 'production', severity: 'error' },
  { file: 'config/application.rb', text: 'config.secret_key_base = if !Rails.env.production?\n  "development-only-secret-key-base-4f9a2c7e1b8d3a6f0c5e9b2d7a4f1c8e"\nelse\n  "Rb8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb1"\nend', secret: 'development-only-secret-key-base-4f9a2c7e1b8d3a6f0c5e9b2d7a4f1c8e', line: 2, context: 'development', severity: 'warning' },
  // An HMAC's key signs whatever it is given: Invidious's `hmac_key` in its compose file's configuration.
  { file: 'docker-compose.yml', text: 'services:\n  invidious:\n    environment:\n      INVIDIOUS_CONFIG: |\n        db:\n          user: kemal\n        hmac_key: "CHANGE_ME!!"', secret: 'CHANGE_ME!!', line: 7 },
  { file: 'config/settings.py', text: 'WEBHOOK_HMAC_KEY = "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  // A chosen HMAC key need not look random: only BIP32's and SLIP-10's published labels are none.
  { file: 'config/settings.py', text: 'PARTNER_HMAC_KEY = "Tr0ub4dor&3"', secret: 'Tr0ub4dor&3' },
  // A second endpoint's `secret_key_base` is one too.
  { file: 'scripts/compose/portal.yml', text: 'services:\n  portal:\n    environment:\n      OPS_SECRET_KEY_BASE: "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb12"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb12', line: 4 },
  // In a YAML flow mapping a plain value ends at `,` or `}`; in a block one they are part of it.
  { file: 'config/app.yml', text: 'auth: { jwt_secret: q8Zr4nM2xV7bL1cK9pT3wY6h, ttl: 3600 }', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h' },
  { file: 'config/app.yml', text: 'services: [{ name: api, session_secret: q8Zr4nM2xV7bL1cK9pT3wY6h}]', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h' },
  { file: 'config/app.yml', text: "auth: { title: 'don''t }', jwt_secret: q8Zr4nM2xV7bL1cK9pT3wY6h, ttl: 1 }", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h' },
  { file: 'config/app.yml', text: 'auth: { title: "say \\"}\\"", jwt_secret: q8Zr4nM2xV7bL1cK9pT3wY6h, ttl: 1 }', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h' },
  { file: 'config/app.yml', text: "auth: { title: it's {a}, jwt_secret: q8Zr4nM2xV7bL1cK9pT3wY6h, ttl: 1 }", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h' },
  { file: 'config/app.yml', text: 'auth:\n  jwt_secret: q8Zr4nM2,xV7bL1}cK9pT3wY6h', secret: 'q8Zr4nM2,xV7bL1}cK9pT3wY6h', line: 2 },
  // Django's settings as `startproject` writes them serve only this machine: `DEBUG = True`, `ALLOWED_HOSTS = []`.
  { file: 'conduit/settings.py', text: "# Quick-start development settings - unsuitable for production\n# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = '2^f+3@v7$v1f8yt0!s)3-1t$)tlp+xm17=*g))_xoi&&9m#2a&'\n\n# SECURITY WARNING: don't run with debug turned on in production!\nDEBUG = True\n\nALLOWED_HOSTS = []\n", secret: '2^f+3@v7$v1f8yt0!s)3-1t$)tlp+xm17=*g))_xoi&&9m#2a&', line: 3, context: 'development', severity: 'warning' },
  // A provider's secret beside it works from anywhere; django-heroku admits every host; a Django 1 wrote it (before
  // 1.10.3 `DEBUG` skipped the host check).
  { file: 'mysite/settings.py', text: "SECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'\nDEBUG = True\nALLOWED_HOSTS = []\nPAYSTACK_SECRET_KEY = 'Zq8sT2vBJw5yKp0cN7pL4vR9mX3kQ8zT'\n", secret: 'Zq8sT2vBJw5yKp0cN7pL4vR9mX3kQ8zT', line: 4, context: 'production', severity: 'error' },
  { file: 'mysite/settings.py', text: "import django_heroku\nSECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'\nDEBUG = True\nALLOWED_HOSTS = []\ndjango_heroku.settings(locals())\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'production', severity: 'error' },
  { file: 'mysite/settings.py', text: "SECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'\nDEBUG = True\nTEMPLATE_DEBUG = True\nALLOWED_HOSTS = []\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  // The module's names given to something else, that may set anything; a provider's dictionary that holds a `SECRET_KEY`.
  { file: 'mysite/settings.py', text: "SECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'\nDEBUG = True\nALLOWED_HOSTS = []\napply_platform_settings(locals())\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  { file: 'mysite/settings.py', text: "SECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'\nDEBUG = True\nALLOWED_HOSTS = []\nPAYMENTS = {\n    'SECRET_KEY': 'Zq8sT2vBJw5yKp0cN7pL4vR9mX3kQ8zT',\n}\n", secret: 'Zq8sT2vBJw5yKp0cN7pL4vR9mX3kQ8zT', line: 5, context: 'production', severity: 'error' },
  { file: 'mysite/settings.py', text: "SECRET_KEY = os.environ['SECRET_KEY']\nSECRET_KEY_FALLBACKS = ['q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa']\nDEBUG = True\nALLOWED_HOSTS = []\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'development', severity: 'warning' },
  { file: 'mysite/settings.py', text: "SECRET_KEY = (\n    'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'\n)\nDEBUG = True\nALLOWED_HOSTS = []\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'development', severity: 'warning' },
  // Django 1.10 checks hosts from 1.10.3, as any Django a project runs today.
  { file: 'conduit/settings.py', text: "\"\"\"\nGenerated by 'django-admin startproject' using Django 1.10.\n\"\"\"\nSECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'\nDEBUG = True\nALLOWED_HOSTS = []\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 4, context: 'development', severity: 'warning' },
  // Not once either is set otherwise, or another module may set them: a deployment may run this file.
  { file: 'mysite/settings.py', text: "SECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'\nDEBUG = True\nALLOWED_HOSTS = ['shop.example.com']\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  { file: 'mysite/settings.py', text: "SECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'\nDEBUG = os.environ.get('DEBUG') == '1'\nALLOWED_HOSTS = []\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  { file: 'mysite/settings.py', text: "SECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'\nDEBUG = True\nALLOWED_HOSTS = []\nif 'DYNO' in os.environ:\n    DEBUG = False\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  { file: 'mysite/settings.py', text: "SECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'\nDEBUG = True\nALLOWED_HOSTS = []\nALLOWED_HOSTS += os.environ.get('HOSTS', '').split(',')\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  { file: 'mysite/settings.py', text: "SECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'\nDEBUG = True\nALLOWED_HOSTS = []\ntry:\n    from .local_settings import *\nexcept ImportError:\n    pass\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  { file: 'mysite/settings/base.py', text: "SECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'\nDEBUG = True\nALLOWED_HOSTS = []\n", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  // Ktor signs (and encrypts) its session cookies with the keys of its session transformers, often as bytes of hex.
  { file: 'src/main/kotlin/com/example/Application.kt', text: 'install(Sessions) {\n    val secretSignKey = "6819b57a326945c1968f45236589".hexToByteArray()\n    cookie<CartSession>("cart_session") {\n        transform(SessionTransportTransformerMessageAuthentication(secretSignKey))\n    }\n}', secret: '6819b57a326945c1968f45236589', line: 4 },
  { file: 'src/main/kotlin/com/example/Application.kt', text: 'header<UserSession>("user_session") {\n    transform(SessionTransportTransformerEncrypt(hex("00112233445566778899aabbccddeeff"), hex("6819b57a326945c1968f45236589")))\n}', secret: '6819b57a326945c1968f45236589', line: 2 },
  { file: 'src/main/kotlin/com/example/Sessions.kt', text: 'val key = hex("a8f3kd9s0fj3k2l4m5n6b7v8c9x0z1q2")\nfun Application.sessions() = install(Sessions) {\n    cookie<S>("s") { transform(SessionTransportTransformerMessageAuthentication(key, "HmacSHA256")) }\n}', secret: 'a8f3kd9s0fj3k2l4m5n6b7v8c9x0z1q2', line: 3 },
  // Over lines, with the string's bytes taken by Kotlin's functions.
  { file: 'src/main/kotlin/com/example/Sessions.kt', text: 'transform(SessionTransportTransformerMessageAuthentication(\n    "LogopedApp-SecretKey-2024-XYZ!".toByteArray()\n))', secret: 'LogopedApp-SecretKey-2024-XYZ!', line: 2 },
  { file: 'src/main/kotlin/com/example/Sessions.kt', text: 'val signKey = "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa".toByteArray(Charsets.UTF_8)\nfun Application.s() = install(Sessions) {\n    cookie<S>("s") { transform(SessionTransportTransformerMessageAuthentication(signKey)) }\n}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 3 },
  { file: 'src/main/kotlin/com/example/Sessions.kt', text: 'cookie<S>("s") { transform(SessionTransportTransformerMessageAuthentication("q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa".encodeToByteArray())) }', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  // Micronaut's JWT signing secret, under its generator's name, nested or as one dotted key.
  { file: 'src/main/resources/application.yml', text: 'micronaut:\n  security:\n    token:\n      jwt:\n        signatures:\n          secret:\n            generator:\n              secret: "Zq8sT2vBJw5yKp0cN7pLq8Zr4nM2xV7bL1cK9pT3wY6h"\n              jws-algorithm: HS256', secret: 'Zq8sT2vBJw5yKp0cN7pLq8Zr4nM2xV7bL1cK9pT3wY6h', line: 8 },
  { file: 'src/main/resources/application.properties', text: 'micronaut.security.token.jwt.signatures.secret.generator.secret=Zq8sT2vBJw5yKp0cN7pLq8Zr4nM2xV7bL1cK9pT3wY6h', secret: 'Zq8sT2vBJw5yKp0cN7pLq8Zr4nM2xV7bL1cK9pT3wY6h' },
  // Ruby's endless method set to a literal is an assignment of it.
  { file: 'app/signer.rb', text: 'class Signer\n  def secret_key = "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\nend', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2 },
  // What a signing call is given is its key, whatever its shape would say elsewhere: litemall's JWT helper signs with
  // a header's name, through its `SECRET` constant or one with a secret's name.
  { file: 'src/main/java/app/util/JwtHelper.java', text: 'public class JwtHelper {\n\tstatic final String SECRET = "X-Litemall-Token";\n\tString create() {\n\t\tAlgorithm algorithm = Algorithm.HMAC256(SECRET);\n\t}\n}', secret: 'X-Litemall-Token', line: 4 },
  { file: 'src/auth.js', text: "const JWT_SECRET = 'X-Auth-Token';\nconst token = jwt.sign(payload, JWT_SECRET);", secret: 'X-Auth-Token', line: 2 },
  { file: 'src/auth.js', text: "const token = jwt.sign(payload, 'X-Auth-Token');", secret: 'X-Auth-Token' },
  // A setting's name in quotes, given to a signing call, is the string it signs with.
  { file: 'src/auth.js', text: "const token = jwt.sign(payload, 'process.env.JWT_SECRET');", secret: 'process.env.JWT_SECRET' },
  // The string's bytes in a charset named by a call.
  { file: 'src/main/java/app/T.java', text: 'class T {\n  Algorithm a = Algorithm.HMAC256("q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJb".getBytes(Charset.forName("UTF-8")));\n}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJb', line: 2 },
  { file: 'src/main/kotlin/S.kt', text: 'cookie<S>("s") { transform(SessionTransportTransformerMessageAuthentication("q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa".toByteArray(charset("UTF-8")))) }', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  { file: 'src/main/java/app/Jwt.java', text: 'class Jwt {\n  String create() {\n    return JWT.create().sign(Algorithm.HMAC256("X-Litemall-Token"));\n  }\n}', secret: 'X-Litemall-Token', line: 3 },
  { file: 'data/conf/sogo/sogo.conf', text: '{\n  SOGoURLEncryptionKey = "Zq8Lm2Vx7Rk4Pt9W";\n}', secret: 'Zq8Lm2Vx7Rk4Pt9W', line: 2 },
  // The same names in camel case, alone in their file; a captcha's published test key under another name is a weak key.
  { file: 'src/config/keys.js', text: 'export const railsMasterKey = "b4f1c2e3f4a5b6c7d8e9f0a1b2c3d4e5";', secret: 'b4f1c2e3f4a5b6c7d8e9f0a1b2c3d4e5' },
  { file: 'src/config/crypto.js', text: 'const encKey = "Zq8Lm2Vx7Rk4Pt9W";', secret: 'Zq8Lm2Vx7Rk4Pt9W' },
  { file: 'docker-compose.yml', text: 'services:\n  api:\n    environment:\n      JWT_SECRET: "1x0000000000000000000000000000000AA"\n', secret: '1x0000000000000000000000000000000AA', line: 4 },
  // Published test keys under the application's own names, however near a captcha's settings or a comment about one.
  { file: 'config/config.exs', text: 'config :keila, KeilaWeb.Captcha,\n  site_key: "10000000-ffff-ffff-ffff-000000000001",\n  url: "https://hcaptcha.com/siteverify",\n  provider: :hcaptcha,\n  secret_key: "0x0000000000000000000000000000000000000000"\n', secret: '0x0000000000000000000000000000000000000000', line: 5 },
  { file: 'config/config.exs', text: '# Endpoint; hCaptcha settings are below it\nconfig :app, AppWeb.Endpoint,\n  secret_key_base: "0x0000000000000000000000000000000000000000"\n', secret: '0x0000000000000000000000000000000000000000', line: 3 },
  { file: 'docker-compose.yml', text: 'services:\n  captcha-solver:\n    environment:\n      JWT_SECRET: "1x0000000000000000000000000000000AA"\n', secret: '1x0000000000000000000000000000000AA', line: 4 },
  { file: 'config/settings.yml', text: 'auth:\n  RECAPTCHA_SITE_KEY: "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"\n  SESSION_SECRET: "2x0000000000000000000000000000000AA"\n', secret: '2x0000000000000000000000000000000AA', line: 3 },
  // hCaptcha's test secret under another name, in a block that names no captcha (a blank line ends the block).
  { file: 'config/config.exs', text: '# hCaptcha\n\nconfig :app, AppWeb.Endpoint,\n  secret_key_base: "0x0000000000000000000000000000000000000000"\n', secret: '0x0000000000000000000000000000000000000000', line: 4 },
  // An HMAC named by a constant or an enum.
  { file: 'src/main/java/app/Signer.java', text: 'mac.init(new SecretKeySpec("q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa".getBytes(UTF_8), HmacAlgorithms.HMAC_SHA_256.toString()));', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  { file: 'src/main/java/app/Signer.java', text: 'mac.init(new SecretKeySpec("r8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa".getBytes(), HMAC_SHA256));', secret: 'r8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  // A refresh token's JWT key, Stripe's webhook endpoint secret, Rails' master key, an encryption key abbreviated.
  { file: 'docker-compose.yml', text: 'services:\n  api:\n    environment:\n      JWT_REFRESH_SECRET: "eaa5q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n', secret: 'eaa5q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 4 },
  { file: 'src/config/auth.ts', text: "export const refreshSecret = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa';", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  // A random value in braces is no format field: a GUID-like key, a key someone wrapped.
  { file: 'src/guid.py', text: 'SECRET_KEY = "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}"', secret: '{3F2504E0-4F89-11D3-9A0C-0305E82C3301}' },
  { file: 'src/keys.py', text: "JWT_SECRET = '{Zx8kQ2mN7pL4vR9tW3yB6cD1}'", secret: '{Zx8kQ2mN7pL4vR9tW3yB6cD1}' },
  { file: 'src/keys.py', text: "JWT_SECRET = '{A1B2C3D4E5F6G7H8J9K0}'", secret: '{A1B2C3D4E5F6G7H8J9K0}' },
  // The keys of mailed one-purpose tokens (password reset, email confirmation, invitations, magic links).
  { file: 'docker-compose.yml', text: 'services:\n  api:\n    environment:\n      AUTH_CONFIRM_EMAIL_SECRET: "fbb5q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n', secret: 'fbb5q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 4 },
  { file: 'src/config/auth.ts', text: "export const forgotSecret = 'w8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa';", secret: 'w8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  { file: 'config/settings.py', text: "PASSWORD_RESET_SECRET = 'x8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'", secret: 'x8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  { file: 'src/config.js', text: "module.exports = { magicLinkSecret: 'y8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' };", secret: 'y8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  { file: 'billing/views.py', text: 'endpoint_secret = "whsec_q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5"', secret: 'whsec_q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    environment:\n      RAILS_MASTER_KEY: "dbd1c2e3f4a5b6c7d8e9f0a1b2c3d4e5"\n', secret: 'dbd1c2e3f4a5b6c7d8e9f0a1b2c3d4e5', line: 4 },
  // The variable Rails apps read `secret_token` (and Devise's key) from.
  { file: 'config/deploy.yml', text: 'env:\n  clear:\n    RAILS_SECRET_TOKEN: "Zk8sPq2vLm4Tn7Rw1Xc5Yb9Hd3Jf6Gq0"\n', secret: 'Zk8sPq2vLm4Tn7Rw1Xc5Yb9Hd3Jf6Gq0', line: 3 },
  { file: 'docker-compose.yml', text: 'services:\n  realtime:\n    environment:\n      DB_ENC_KEY: "q8Zr4nM2xV7bL1cK"\n', secret: 'q8Zr4nM2xV7bL1cK', line: 4 },
  // An AES key named by its cipher, and LibreChat's key of stored credentials.
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    environment:\n      DD_CREDENTIAL_AES_256_KEY: "${DD_CREDENTIAL_AES_256_KEY:-}"\n      TENANT_AES_KEY: "q9Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n', secret: 'q9Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 5 },
  { file: 'src/main/java/com/acme/util/AesUtil.java', text: 'public class AesUtil {\n    private static final String AES_KEY = "r9Zr4nM2xV7bL1cK";\n}', secret: 'r9Zr4nM2xV7bL1cK', line: 2 },
  { file: 'docker-compose.yml', text: 'services:\n  api:\n    environment:\n      - CREDS_KEY=7c1d93ab40e2f58c16b7a9d034e5c2f8b61a07d9e3c45f2a8b90d16e7f3a2c54\n', secret: '7c1d93ab40e2f58c16b7a9d034e5c2f8b61a07d9e3c45f2a8b90d16e7f3a2c54', line: 4 },
  // JJWT's HMAC key (`Keys.hmacShaKeyFor`) and the JCA's (`new SecretKeySpec(bytes, "HmacSHA256")`), from a string's
  // bytes, decoded from base64, over lines, through a constant, and in Kotlin.
  { file: 'src/main/java/app/security/JwtKeys.java', text: 'public class JwtKeys {\n  public SecretKey key() {\n    return Keys.hmacShaKeyFor(Decoders.BASE64.decode("Zk9xV2t3cE1hR3J1bkJ4eVlUc0x2Q2hRZE5Fak9wUmFY"));\n  }\n}', secret: 'Zk9xV2t3cE1hR3J1bkJ4eVlUc0x2Q2hRZE5Fak9wUmFY', line: 3 },
  { file: 'src/main/java/app/security/JwtKeys.java', text: 'SecretKey k = Keys.hmacShaKeyFor("q7Vw2LmPzR8xK4nT1sY6bH9cJ3fD5gQ0aE2uW8iO".getBytes(StandardCharsets.UTF_8));', secret: 'q7Vw2LmPzR8xK4nT1sY6bH9cJ3fD5gQ0aE2uW8iO' },
  { file: 'src/main/java/app/security/Signer.java', text: 'Mac mac = Mac.getInstance("HmacSHA256");\nmac.init(new SecretKeySpec("Hq8v3LmPzR8xK4nT1sY6bH9cJ3fD5gQ0".getBytes(), "HmacSHA256"));', secret: 'Hq8v3LmPzR8xK4nT1sY6bH9cJ3fD5gQ0', line: 2 },
  { file: 'src/main/java/app/security/Signer.java', text: 'return new SecretKeySpec(\n    Base64.getDecoder().decode("Zk9xV2t3cE1hR3J1bkJ4eVlUc0x2Q2hR"),\n    SignatureAlgorithm.HS256.getJcaName());', secret: 'Zk9xV2t3cE1hR3J1bkJ4eVlUc0x2Q2hR', line: 2 },
  { file: 'src/main/java/app/security/JwtKeys.java', text: 'public class JwtKeys {\n  private static final String SIGNER = "Zk9xV2t3cE1hR3J1bkJ4eVlUc0x2Q2hR";\n  SecretKey key() { return Keys.hmacShaKeyFor(Decoders.BASE64.decode(SIGNER)); }\n}', secret: 'Zk9xV2t3cE1hR3J1bkJ4eVlUc0x2Q2hR', line: 3 },
  { file: 'src/main/kotlin/app/Jwt.kt', text: 'private val signingKey = Keys.hmacShaKeyFor("q7Vw2LmPzR8xK4nT1sY6bH9cJ3fD5gQ0aE2uW8iO".toByteArray())', secret: 'q7Vw2LmPzR8xK4nT1sY6bH9cJ3fD5gQ0aE2uW8iO' },
  // Settings whose module says they serve a build step (tutor's, for `collectstatic`): a placeholder there is the build's;
  // a real-looking key is still the deployment's, and a module for production stays one.
  { file: 'tutor/templates/build/openedx/settings/partials/assets.py', text: '"""\nBare minimum settings for collecting production assets.\n"""\nfrom ..common import *\n\nSECRET_KEY = "secret"\n', secret: 'secret', line: 6, context: 'build', severity: 'notice' },
  { file: 'app/settings/assets.py', text: '"""\nBare minimum settings for collecting production assets.\n"""\nSECRET_KEY = "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 4, context: 'production', severity: 'error' },
  { file: 'app/settings/prod.py', text: '"""\nSettings for the production servers.\n"""\nSECRET_KEY = "secret"\n', secret: 'secret', line: 4, context: 'production', severity: 'error' },
  { file: 'myproject/settings/production.py', text: '"""\nProduction settings for myproject, served by gunicorn.\n\nThe Dockerfile also imports these settings for collecting static files.\n"""\nSECRET_KEY = "secret"\n', secret: 'secret', line: 6, context: 'production', severity: 'error' },
  { file: 'myproject/settings/assets.py', text: '"""\nSettings for collecting static files.\n\nAlso what gunicorn serves the site with.\n"""\nSECRET_KEY = "secret"\n', secret: 'secret', line: 6, context: 'production', severity: 'error' },
  // Python's strings in parentheses, as Black and Ruff wrap them: one, or several that Python joins.
  { file: 'app/settings/production.py', text: "SECRET_KEY = ('q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa')", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  { file: 'app/settings/production.py', text: "JWT_SECRET = ('q8Zr4nM2xV7bL1cK9pT3' \"wY6hF0dS5gJa\")", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  { file: 'app/settings/production.py', text: "JWT_SECRET = (\n    'q8Zr4nM2xV7bL1cK9pT3'\n    'wY6hF0dS5gJa'  # the rest\n)", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2 },
  // The constant's bytes, as auth0's tutorials give them.
  { file: 'src/main/java/app/Tokens.java', text: 'public class Tokens {\n    public static final String KEY = "SecretKeyToGenJWTs";\n    String create() {\n        return JWT.create().sign(Algorithm.HMAC512(KEY.getBytes()));\n    }\n}', secret: 'SecretKeyToGenJWTs', line: 4 },
  // Constants set to their own names in camel case: one alone, or beside others that hold a secret word, may be a weak key.
  { file: 'app/constants/keys.ts', text: "export const KEYS = {\n    SIGNING_KEY: 'signingKey',\n    TIMEOUT: 30,\n};", secret: 'signingKey', line: 2 },
  { file: 'app/constants/keys.ts', text: "export const KEYS = {\n    API_SECRET: 'apiSecret',\n    CLIENT_SECRET: 'clientSecret',\n    JWT_SECRET: 'jwtSecret',\n};", secret: 'jwtSecret', line: 4 },
  { file: 'app/constants/keys.ts', text: "export const KEYS = {\n    DEVICE_TOKEN: 'deviceToken',\n    FIRST_LAUNCH: 'first-launch',\n    PUSH_SIGNING_KEY: 'pushSigningKey',\n};", secret: 'pushSigningKey', line: 4 },
  // A compose file's environment is what the container runs with, whatever its neighbours hold.
  { file: 'docker-compose.yml', text: "services:\n  api:\n    environment:\n      APP_NAME: 'appName'\n      DB_USER: 'dbUser'\n      LOG_LEVEL: 'logLevel'\n      JWT_SECRET: 'jwtSecret'\n", secret: 'jwtSecret', line: 7 },
  // A signature's secret.
  { file: 'config/webhooks.yml', text: 'WEBHOOK_SIGNATURE_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  // A webhook's secret signs and checks its deliveries.
  { file: 'src/hooks.ts', text: "const GITHUB_WEBHOOK_SECRET = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa';", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  { file: 'config/settings.py', text: "PADDLE_WEBHOOK_SECRET = 'pdl_ntfset_Zq8sT2vBJw5yKp0cN7pL'", secret: 'pdl_ntfset_Zq8sT2vBJw5yKp0cN7pL' },
  // A map from names to the same names in another spelling: API fields to columns, a serializer's renames (or a
  // placeholder configuration written so): a notice.
  { file: 'application/models/Webhooks_model.php', text: "<?php\n    protected array $api_resource = [\n        'id' => 'id',\n        'url' => 'url',\n        'secretToken' => 'secret_token',\n        'isActive' => 'is_active',\n        'isSslVerified' => 'is_ssl_verified',\n    ];", secret: 'secret_token', line: 5, context: 'example', severity: 'notice' },
  { file: 'app/serializers.py', text: 'FIELDS = {\n    "id": "id",\n    "secretKey": "secret_key",\n    "userName": "user_name",\n    "lastLogin": "last_login",\n}', secret: 'secret_key', line: 3, context: 'example', severity: 'notice' },
  { file: 'config/mapping.json', text: '{\n  "createdAt": "created_at",\n  "sessionSecret": "session_secret",\n  "updatedAt": "updated_at"\n}', secret: 'session_secret', line: 3, context: 'example', severity: 'notice' },
  { file: 'app/Models/Post.php', text: "<?php\n    protected array $fields = [\n        'authorId' => 'author_id',\n        'secretToken' => 'secret_token',\n        'isPublic' => 'is_public',\n    ];", secret: 'secret_token', line: 4, context: 'example', severity: 'notice' },
  // Bare keys are an object's, a configuration's (its placeholders are weak keys), and credentials' names renamed
  // beside it say nothing.
  { file: 'src/config/configuration.ts', text: "export default {\n  dbHost: 'db_host',\n  dbName: 'db_name',\n  jwtSecret: 'jwt_secret',\n};", secret: 'jwt_secret', line: 4, context: 'production', severity: 'error' },
  { file: 'config/mapping.yml', text: 'fields:\n  sessionSecret: session_secret\n  updatedAt: updated_at\n  createdAt: created_at', secret: 'session_secret', line: 2, context: 'production', severity: 'error' },
  { file: 'config/services.php', text: "<?php\nreturn [\n    'apiKey' => 'api_key',\n    'accessToken' => 'access_token',\n    'jwtSecret' => 'jwt_secret',\n];", secret: 'jwt_secret', line: 5, context: 'production', severity: 'error' },
  // An environment block's names in lower case are no renames: its placeholders are weak keys.
  { file: 'docker-compose.yml', text: 'services:\n  api:\n    environment:\n      DB_HOST: db_host\n      DB_USER: db_user\n      JWT_SECRET: jwt_secret', secret: 'jwt_secret', line: 6, context: 'production', severity: 'error' },
  { file: 'config/app.php', text: "<?php\nreturn [\n    'DB_HOST' => 'db_host',\n    'DB_USER' => 'db_user',\n    'secretToken' => 'secret_token',\n];", secret: 'secret_token', line: 5, context: 'production', severity: 'error' },
  // A typed constant set to its own name is a weak key alone, beside another secret's name, or beside names that only
  // change case (a header's, a claim's).
  { file: 'src/main/java/com/acme/security/JwtFilter.java', text: 'public class JwtFilter {\n    private static final String AUTHORIZATION = "Authorization";\n    private static final String JWT_SECRET = "jwtSecret";\n    private static final String BEARER = "Bearer";\n}', secret: 'jwtSecret', line: 3 },
  { file: 'src/auth/constants.ts', text: "export const AUTHORIZATION = 'Authorization';\nexport const JWT_SECRET = 'jwtSecret';\nexport const USERNAME = 'username';", secret: 'jwtSecret', line: 2 },
  { file: 'src/main/java/com/acme/Jwt.java', text: 'public class Jwt {\n    public static final String JWT_SECRET = "jwtSecret";\n    public static final int TTL = 3600;\n}', secret: 'jwtSecret', line: 2 },
  { file: 'src/main/java/com/acme/Keys.java', text: 'public class Keys {\n    public static final String SESSION_SECRET = "sessionSecret";\n    public static final String JWT_SECRET = "jwtSecret";\n}', secret: 'jwtSecret', line: 3 },
  // A key's name as its value is a weak key unless the entries around it rename fields too (a secret's own name says nothing).
  { file: 'config/webhook.php', text: "<?php\nreturn [\n    'name' => 'Webhook',\n    'secretToken' => 'secret_token',\n    'url' => 'https://hooks.example.net',\n];", secret: 'secret_token', line: 4 },
  { file: 'src/config.js', text: "module.exports = {\n  sessionSecret: 'session_secret',\n  jwtSecret: 'jwt_secret',\n};", secret: 'session_secret', line: 2 },
  { file: 'src/config.js', text: "const map = {\n  createdAt: 'created_at',\n  jwtSecret: 'jwt_secret', apiUrl: 'https://api.example.net',\n  updatedAt: 'updated_at',\n};", secret: 'jwt_secret', line: 3 },
  { file: 'src/captcha.ts', text: "const config = {\n  siteKey: 'site_key',\n  secretKey: 'secret_key',\n};", secret: 'secret_key', line: 3 },
  // WordPress's keys without a Web Push key beside them, in their own mapping.
  { file: 'group_vars/all/vault.yml', text: 'push:\n  p256dh_key: BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA\nwordpress:\n  auth_key: "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM=x!9"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM=x!9', line: 4 },
  { file: 'group_vars/production/vault.yml', text: 'env:\n  auth_key: "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM=x!9"\n  secure_auth_key: "Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5W"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM=x!9', line: 2 },
  // Laravel's APP_KEY in capitals stays Laravel's, whatever is beside it; an `app_key` alone is Laravel's too.
  { file: 'deploy/vars.yml', text: 'app_key: base64:q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM=', secret: 'base64:q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM=' },
  { file: 'src/config.js', text: "module.exports = { APP_KEY: 'q8Zr4nM2xV7bL1cK9pT3wY6h', APP_ID: 'web' };", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h' },
  // A property set on an object beside others set to their names is a value (a placeholder key), not a constant.
  { file: 'src/Startup.cs', text: 'var options = new KeyPairOptions\n{\n    VerifyingKey = "verifying-key",\n    SigningKey = "signing-key"\n};', secret: 'signing-key', line: 4 },
  // A constant set to its own name beside others that are not (nor name themselves without a secret word): a weak key.
  { file: 'internal/auth/keys.go', text: 'package auth\n\nconst (\n\tJWTSecret = "jwt_secret"\n\tExpiry    = 3600\n)', secret: 'jwt_secret', line: 4 },
  { file: 'internal/auth/keys.go', text: 'package auth\n\nconst (\n\tSessionSecret = "session_secret"\n\tCookieSecret  = "cookie_secret"\n)', secret: 'session_secret', line: 4 },
  // Near-misses of names that name something: an enum that is no TypeScript enum, a key path's value, a message map's key.
  { file: 'src/keys.ts', text: "export const Keys = {\n  JwtSecret = 'q8Zr4nM2xV7bL1cK9pT3',\n};", secret: 'q8Zr4nM2xV7bL1cK9pT3', line: 2 },
  { file: 'src/enums.ts', text: "export enum Secrets {\n  JwtSecret = 'q8Zr4-nM2xV7-bL1cK9pT3',\n}", secret: 'q8Zr4-nM2xV7-bL1cK9pT3', line: 2 },
  { file: 'pkg/config/config.go', text: 'const ServiceJWTSecret = `service.q8Zr4nM2xV7bL1cK9`', secret: 'service.q8Zr4nM2xV7bL1cK9' },
  { file: 'public/tools.php', text: "$config['app_key'] = 'Invalid App Key';", secret: 'Invalid App Key' },
  { file: 'lib/Auth.php', text: "private const string COOKIE_AUTH_TOKEN_SECRET = 'my-token-secret';", secret: 'my-token-secret' },
  // A flag's constant set to words that are not its own: a value.
  { file: 'cmd/server/flags.go', text: 'const flagDefaultJwtSecret = "dev-jwt-secret"', secret: 'dev-jwt-secret' },
  { file: 'internal/commands/const.go', text: 'const cmdFlagNameEncryptionKey = "encryption-key-2024-prod"', secret: 'encryption-key-2024-prod' },
  // A place word among words that are no name's: a value.
  { file: 'src/consts.ts', text: "export const REDIS_CACHE_ENCRYPTION_KEY = 'encryption-key';", secret: 'encryption-key' },
  { file: 'src/consts.ts', text: "export const defaultOptJwtSecret = 'jwt-secret';", secret: 'jwt-secret' },
  // Symfony's container parameters: the kernel secret set in a test kernel's configuration.
  { file: 'app/config/config_test.php', text: "<?php\n$container->setParameter('mautic.secret_key', '68c7e75470c02cba06dd543431411e0de94e04fdf2b3a2eac05957060edb66d0');", secret: '68c7e75470c02cba06dd543431411e0de94e04fdf2b3a2eac05957060edb66d0', line: 2, context: 'test' },
  // A generated passphrase has a header's shape but none of its words; a weak key in an enum is still one.
  { file: 'src/session.ts', text: 'const SESSION_SECRET = "Velvet-Thunder-Orbit-Canyon-Mosaic";', secret: 'Velvet-Thunder-Orbit-Canyon-Mosaic' },
  { file: 'src/jwt.js', text: 'const jwtSecret = "Correct-Horse-Battery-Staple";', secret: 'Correct-Horse-Battery-Staple' },
  { file: 'src/config.ts', text: "export enum AppConfig {\n  JWT_SECRET = 'mysecret123',\n}", secret: 'mysecret123', line: 2 },
  // A key in an enumeration, or set to its own name in a class that is none, or alone among Ruby's constants.
  { file: 'src/Keys.php', text: "<?php\nenum Keys: string\n{\n    case JWT_SECRET = 'mysecret123';\n}", secret: 'mysecret123', line: 4 },
  { file: 'app/keys.py', text: 'from enum import Enum\n\nclass Keys(str, Enum):\n    JWT_SECRET = "mysecret123"\n', secret: 'mysecret123', line: 4 },
  { file: 'app/settings.py', text: 'class Settings:\n    DEBUG = False\n    SECRET_KEY = "SecretKey"\n', secret: 'SecretKey', line: 3 },
  { file: 'config/initializers/keys.rb', text: 'module Keys\n  SECRET_KEY = "secretKey".freeze\n  TIMEOUT = 30\nend', secret: 'secretKey', line: 2 },
  { file: 'config/initializers/app.rb', text: 'APP_NAME = "app_name"\nSECRET_KEY_BASE = "secret_key_base"\nRails.application.config.secret_key_base = SECRET_KEY_BASE', secret: 'secret_key_base', line: 2 },
  { file: 'src/keys.rs', text: 'fn key(env: Env) -> &\'static str {\n    match env {\n        Env::Prod => "q8Zr4nM2xV7bL1cK9pT3",\n    }\n}\nconst SIGNING_SECRET: &str = "SigningSecret";', secret: 'SigningSecret', line: 6 },
  // Beside an access key, a real-looking secret key is a leaked credential; a signing secret's placeholder is a key the app runs with.
  { file: 'src/main/resources/application.yml', text: 'oss:\n  accessKey: LTAI5tQ8Zr4nM2xV7bL1\n  secretKey: q8Zr4nM2xV7bL1cK9pT3wY6uH2', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH2', line: 3 },
  { file: 'config/settings.py', text: "SECRET_KEY = 'your-secret-key'\nAWS_ACCESS_KEY_ID = 'AKIAEXAMPLE'", secret: 'your-secret-key' },
  // An address inside a longer value is part of that value.
  { file: 'config/app.yml', text: 'jwt_secret: "q8Zr4nM2xV7@bL1cK9pT3"', secret: 'q8Zr4nM2xV7@bL1cK9pT3' },
  // A dotted string is a setting's name only where its segments name one: `auth.secret` is a value (Auth.js's name is AUTH_SECRET).
  { file: 'src/cookies.ts', text: 'const cache = getCookieCache(request, { secret: "better-auth.secret" });', secret: 'better-auth.secret' },
  { file: 'src/sign.js', text: 'const token = jwt.sign(payload, "auth.secret");', secret: 'auth.secret' },
  // A command that sets the value, beside a search in the same line, is still read.
  { file: 'scripts/setup.sh', text: 'grep -q SECRET_KEY .env || echo "SECRET_KEY=q8Zr4nM2xV7bL1cK9pT3" >> .env', secret: 'q8Zr4nM2xV7bL1cK9pT3' },
  // Values that only look like masks, addresses or fill-in requests are values.
  { file: 'settings.py', text: "SECRET_KEY = 'django-xxx'", secret: 'django-xxx' },
  { file: 'settings.py', text: "SECRET_KEY = 'Zx8kQ2mN7pL4@vR9t.Qz'", secret: 'Zx8kQ2mN7pL4@vR9t.Qz' },
  { file: 'config.py', text: "JWT_SECRET = 'p4ss@w0rd.2024'", secret: 'p4ss@w0rd.2024' },
  { file: 'src/main/resources/application.yml', text: 'oss:\n  accessKey: your-access-key\n  secretKey: yourQ8Zr4nM2xV7bL1cK9pT3wY6uH2', secret: 'yourQ8Zr4nM2xV7bL1cK9pT3wY6uH2', line: 3 },
  { file: 'mysite/settings.py', text: "ACCESS_KEY = 'your-access-key'\nSECRET_KEY = 'your-django-secret-key'", secret: 'your-django-secret-key', line: 2 },
  // Named for a store, but set to a secret word: still a weak key.
  { file: 'src/main/java/app/Keys.java', text: 'class Keys {\n    static final String CONFIG_JWT_SECRET_KEY = "secret";\n}', secret: 'secret', line: 2 },
  // Auth.js, Better Auth, Payload CMS and Strapi name their signing secrets so.
  { file: 'src/auth.ts', text: "export const AUTH_SECRET = 'q8Zr4nM2xV7bL1cK9pT3-auth';", secret: 'q8Zr4nM2xV7bL1cK9pT3-auth' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    environment:\n      NEXTAUTH_SECRET: q8Zr4nM2xV7bL1cK9pT3na\n      BETTER_AUTH_SECRET: q8Zr4nM2xV7bL1cK9pT3ba', secret: 'q8Zr4nM2xV7bL1cK9pT3na', line: 4 },
  { file: 'config/server.js', text: "module.exports = { app: { keys: ['k1'] }, APP_KEYS: 'q8Zr4nM2xV7bL1cK9pT3,a2b3c4d5e6f7g8h9' };", secret: 'q8Zr4nM2xV7bL1cK9pT3,a2b3c4d5e6f7g8h9' },
  // auth0 java-jwt: the HMAC algorithm's one argument is the key, literal or a constant of the same file.
  { file: 'src/main/java/app/JwtUtil.java', text: 'class JwtUtil {\n  private final Algorithm alg = Algorithm.HMAC256("q8Zr4nM2xV7bL1cK9pT3");\n}', secret: 'q8Zr4nM2xV7bL1cK9pT3', line: 2 },
  { file: 'src/main/java/app/TokenIssuer.java', text: 'class TokenIssuer {\n  static final String SECRET = "X-Shop-Token-q8Zr4nM2";\n  Algorithm a = Algorithm.HMAC512(SECRET);\n}', secret: 'X-Shop-Token-q8Zr4nM2', line: 3 },
  // In a file named for JWTs, a constant named SECRET is reported where it is set (once), whoever signs with it.
  { file: 'src/main/java/app/JwtHelper.java', text: 'class JwtHelper {\n  static final String SECRET = "X-Shop-Token-q8Zr4nM2";\n  Algorithm a = Algorithm.HMAC512(SECRET);\n}', secret: 'X-Shop-Token-q8Zr4nM2', line: 2 },
  { file: 'src/main/java/app/JwtHelper.java', text: 'class JwtHelper {\n  static final String SECRET = "my_signing_key";\n  Algorithm a = Algorithm.HMAC512(SECRET);\n}', secret: 'my_signing_key', line: 3 },
  { file: 'src/main/kotlin/app/Tokens.kt', text: 'val algorithm = Algorithm.HMAC384("kt-q8Zr4nM2xV7bL1cK9")', secret: 'kt-q8Zr4nM2xV7bL1cK9' },
  // Near-misses of values that name or describe something: a key that merely holds such characters stays a key.
  { file: 'config/app.yml', text: 'secret_key: "Xk2-Pq9-Zr4-Mv7-Lb1"', secret: 'Xk2-Pq9-Zr4-Mv7-Lb1' },
  { file: 'config/app.yml', text: 'jwt_secret: "?q8Zr4nM2xV7bL1cK9pT3?"', secret: '?q8Zr4nM2xV7bL1cK9pT3?' },
  { file: 'config/app.yml', text: 'jwt_secret: xxxxx-q8Zr4nM2xV7', secret: 'xxxxx-q8Zr4nM2xV7' },
  { file: 'config/app.yml', text: 'session_secret: "max:q8Zr4nM2xV7bL1cK9pT3"', secret: 'max:q8Zr4nM2xV7bL1cK9pT3' },
  { file: 'config/app.yml', text: 'jwt:\n  secret: "String"', secret: 'String', line: 2 },
  { file: 'charts/app/values.yaml', text: 'auth:\n  existingSecret: ""\n  secretKey: minio123', secret: 'minio123', line: 3 },
  { file: 'charts/app/values.yaml', text: 'tracing:\n  existingSecret: tracing\n  key: Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA\n  secretKey: Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 4 },
  // A key touching its value is a string to YAML, but a secret written down all the same; so is a quoted one.
  { file: 'config.yml', text: '{"secret_key":"Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"}', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA' },
  { file: 'config.yml', text: 'app:\n  secret_key:Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 2 },
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    environment:\n      - SECRET_KEY:Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 4 },
  { file: 'k8s/configmap.yaml', text: 'data:\n  application.properties: |\n    jwt.secret:Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 3 },
  // A random value is no name of a Secret or of its entry, whatever the key says; nor is a key that only starts so.
  { file: 'charts/app/values.yaml', text: 'auth:\n  existingSecretKey: Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 2 },
  { file: 'charts/app/values.yaml', text: 'auth:\n  existingSecretKey: 9f2c7e1a4b8d3f6e0a5c2b7d9e1f4a3c', secret: '9f2c7e1a4b8d3f6e0a5c2b7d9e1f4a3c', line: 2 },
  { file: 'charts/app/values.yaml', text: 'auth:\n  existingSecretKey: SK_LIVE_4EC39HQLYJWDARJIKQZ', secret: 'SK_LIVE_4EC39HQLYJWDARJIKQZ', line: 2 },
  { file: 'charts/app/values.yaml', text: 'auth:\n  existingSecret:\n    key: Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 3 },
  { file: 'config/app.yml', text: 'app:\n  existing_secret_key_base: 9f2c7e1a4b8d3f6e0a5c2b7d9e1f4a3c', secret: '9f2c7e1a4b8d3f6e0a5c2b7d9e1f4a3c', line: 2 },
  { file: 'charts/app/values.yaml', text: 'auth:\n  apiKeySecretKey: TAXONOMY_LLM_API_KEY', secret: 'TAXONOMY_LLM_API_KEY', line: 2 },
  // After a name that is no credential's, `SecretKey` is the key itself, beside `existingSecret:` or not.
  { file: 'charts/app/values.yaml', text: 'auth:\n  existingSecret: ""\n  jwtSecretKey: "jwt-secret"', secret: 'jwt-secret', line: 3 },
  { file: 'charts/airflow/values.yaml', text: 'existingSecret: airflow\nwebserverSecretKey: "webserver-secret-key"', secret: 'webserver-secret-key', line: 2 },
  // A credential's entry written as a value that could be one (a random string), or with no Secret named beside it.
  { file: 'charts/app/values.yaml', text: 's3:\n  existingSecret: "datastore"\n  rootPasswordSecretKey: "q8Zr4nM2xV7bL1cK9pT3wY6h"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 3 },
  // Words in capitals joined by hyphens are a placeholder people type, not a header's name.
  { file: 'conf/app.ini', text: '[security]\nSECRET_KEY = CHANGE-ME-OR-FAIL-TO-START', secret: 'CHANGE-ME-OR-FAIL-TO-START', line: 2 },
  // A quote escaped in a string opens the value: a literal between such quotes is still one.
  { file: 'setup.sh', text: 'echo "JWT_SECRET=\\"s3cr3t-dev-key-2024\\"" >> .env', secret: 's3cr3t-dev-key-2024' },
  { file: 'install.sh', text: 'sed -i "s|# S3_SECRET_KEY:|S3_SECRET_KEY: \\"q8Zr4nM2xV7bL1cK9pT3wY6h\\"|" docker-compose.yml', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h' },
  // A value in a `sed` replacement ends at its delimiter, in a script and in a CI job's `run:`.
  { file: 'scripts/setup.sh', text: 'sed -i "s|APP_SECRET=.*|APP_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6h|i" .env', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h' },
  { file: 'deploy/setup.sh', text: "sed -i -e 's/^SECRET_KEY=.*/SECRET_KEY=q8Zr4nM2xV7bL1cK9pT3wY6h/' -e 's/^DEBUG=.*/DEBUG=0/' .env", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h' },
  { file: '.gitlab/deploy.yml', text: 'deploy:\n  script:\n    - sed -i "s|APP_SECRET=.*|APP_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6h|i" ".env"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 3 },
  { file: 'deploy/set.sh', text: 'sed -i "s~SECRET_KEY=.*~SECRET_KEY=q8Zr4nM2xV7bL1cK9pT3wY6h~" .env', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h' },
  // A real-looking key written into a template is one; the delimiter escaped inside a value is part of it; a quote
  // a single-quoted script spells `'\''` wraps a literal.
  { file: 'deploy/set.sh', text: "sed -i 's|^JWT_SECRET=.*|JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6h|' .env.example", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h' },
  { file: 'deploy/set.sh', text: "sed -i 's/^APP_KEY=.*/APP_KEY=base64:q8Zr4nM2xV7bL1cK9\\/pT3wY6hF0dS5gJaQ8zR4Nm2Xv7Bl1Ck9Pt=/' .env", secret: 'base64:q8Zr4nM2xV7bL1cK9/pT3wY6hF0dS5gJaQ8zR4Nm2Xv7Bl1Ck9Pt=' },
  { file: 'deploy/set.sh', text: "sed -i 's/^SECRET_KEY=.*/SECRET_KEY='\\''q8Zr4nM2xV7bL1cK9pT3wY6h'\\''/' .env", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h' },
  { file: 'deploy/set.sh', text: "sed -i 's/^DEBUG=.*/DEBUG=0/; s/^SECRET_KEY=.*/SECRET_KEY=q8Zr4nM2xV7bL1cK9pT3wY6h\\nALLOWED_HOSTS=*/' .env", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h' },
  // A translation catalogue's values are labels; a random value there is no label.
  { file: 'lib/locales/support/loader.rb', text: 'config.secret_key_base = "ed55ff04e571a4fe8954e2527977d04d0a549ba3ca75e1b62b895529bb0f539b"', secret: 'ed55ff04e571a4fe8954e2527977d04d0a549ba3ca75e1b62b895529bb0f539b' },
  { file: 'config/locales/en.yml', text: 'en:\n  jwt_secret: "Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua"', secret: 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua', line: 2 },
  { file: 'application/language/english/settings_lang.php', text: "<?php\n$lang['secret_key'] = 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua';", secret: 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua', line: 2 },
  // A `language/` folder of other code is an app's package (a translation service, a language-learning app).
  { file: 'languages/api/index.js', text: "const JWT_SECRET = 'polyglot-session-secret';", secret: 'polyglot-session-secret' },
  { file: 'app/language/settings.py', text: "SECRET_KEY = 'django-insecure-translate-service'", secret: 'django-insecure-translate-service' },
  { file: 'app/Services/Language/DeeplTranslator.php', text: "<?php\n$options = ['secret_key' => 'polyglot-session-secret'];", secret: 'polyglot-session-secret', line: 2 },
  { file: 'app/Language/Providers/Deepl.php', text: "<?php\nconst JWT_SECRET = 'translator-jwt-secret';", secret: 'translator-jwt-secret', line: 2 },
  { file: 'core/modules/language/src/Settings.php', text: "<?php\n$options = ['jwt_secret' => 'my-jwt-secret-value'];", secret: 'my-jwt-secret-value', line: 2 },
  { file: 'app/Language/api/TokenController.php', text: "<?php\n$options = ['secret_key' => 'polyglot-session-secret'];", secret: 'polyglot-session-secret', line: 2 },
  // A bare value with parentheses but no method call is a value (Django's alphabet has `(` and `)`, not `.`).
  { file: 'config/app.yaml', text: 'secret_key: k8s(v2p9x)w', secret: 'k8s(v2p9x)w' },
  { file: 'templates/compose/app.yaml', text: 'configs:\n  app:\n    content: |\n      SECRET_KEY = secret(v2)p9x-k8s', secret: 'secret(v2)p9x-k8s', line: 4 },
  // Settings classes whose environment word names something else stay the file's context.
  { file: 'app/config.py', text: "class LocalAuthConfig:\n    JWT_SECRET = 'local-auth-9e1c0f2d'", secret: 'local-auth-9e1c0f2d', line: 2, context: 'production' },
  { file: 'app/config.py', text: "class TestRunnerConfig:\n    SECRET_KEY = 'runner-9e1c0f2d'", secret: 'runner-9e1c0f2d', line: 2, context: 'production' },
  { file: 'app/config.py', text: "class UnitTestConfig(Config):\n    SECRET_KEY = 'unit-9e1c0f2d'", secret: 'unit-9e1c0f2d', line: 2, context: 'test' },
  // Words of deny lists elsewhere: in a call's options, or inside another word (`TWEAKS`).
  { file: 'app.js', text: "const app = createServer({ jwtSecret: 'my-company-jwt-secret', cookieName: 'sid', allowWeakPasswords: false });", secret: 'my-company-jwt-secret' },
  { file: 'weak.py', text: "TWEAKS = {\n    'SECRET_KEY': 'my-company-django-secret',\n}", secret: 'my-company-django-secret', line: 2 },
  // An object named for something else keeps its values, and a deny list does not hide a real-looking key.
  { file: 'src/config.ts', text: "const DEFAULTS = {\n  AUTH_JWT_SECRET: 'secret_for_jwt',\n};", secret: 'secret_for_jwt', line: 2 },
  { file: 'src/config.ts', text: `const PLACEHOLDER_SECRETS = {\n  AUTH_JWT_SECRET: '${STRONG}',\n};`, secret: STRONG, line: 2 },
  // INI and .properties values are strings: digits are a (weak) key (go-gin-example's conf/app.ini, read by go-ini).
  { file: 'conf/app.ini', text: '[app]\nPageSize = 10\nJwtSecret = 233', secret: '233', line: 3 },
  { file: 'src/main/resources/application.properties', text: 'jwt.secret=123456', secret: '123456' },
  // Stars inside a random key are part of it: only six in a row make a mask.
  { file: 'mysite/settings.py', text: "SECRET_KEY = 'q9*****x2!m@v$w^p&3z(r)t+u1y0e-l7n_b6c5d4a8f'", secret: 'q9*****x2!m@v$w^p&3z(r)t+u1y0e-l7n_b6c5d4a8f' },
  // Python: Django
  { file: 'mysite/settings.py', text: "SECRET_KEY = 'django-insecure-9f#x!2k@v$w^p&3m(z)q+r8t*u1y0e-l7n_b6c5d4a'", secret: 'django-insecure-9f#x!2k@v$w^p&3m(z)q+r8t*u1y0e-l7n_b6c5d4a' },
  { file: 'mysite/settings.py', text: `SECRET_KEY = "${STRONG}"`, secret: STRONG },
  // Django's key alphabet holds `$`, `%` and `(`: in a Python literal they are text, not a command or a format.
  { file: 'mysite/settings.py', text: "SECRET_KEY = 'u5q0-dj@3^v-!t0vnpe*vhon=$@*q%$#twa(jn@+ge_%(624#e'", secret: 'u5q0-dj@3^v-!t0vnpe*vhon=$@*q%$#twa(jn@+ge_%(624#e' },
  { file: 'mysite/settings.py', text: "SECRET_KEY = '1147xa!csn@_067x^!2dh*sj_inm%8k4ob$gft8n!=w9r$(_iws'", secret: '1147xa!csn@_067x^!2dh*sj_inm%8k4ob$gft8n!=w9r$(_iws' },
  { file: 'config/jwt.js', text: "const JWT_SECRET = 'q7$(Zx2!vN9%(kLm4@pR8wT1yB6';", secret: 'q7$(Zx2!vN9%(kLm4@pR8wT1yB6' },
  { file: 'config/settings/base.py', text: "SECRET_KEY_FALLBACKS = ['old-key-2023-abcdef', env('OLD_SECRET_KEY')]", secret: 'old-key-2023-abcdef' },
  // A function defined earlier on the same (minified) line does not make the name a parameter.
  { file: 'dist/app.min.js', text: 'function a(b){return b+1};var SECRET_KEY="min-9f2kQx7LmP3vT8wZ";', secret: 'min-9f2kQx7LmP3vT8wZ' },
  { file: 'app.py', text: "handler = lambda e: e; SECRET_KEY = 'after-a-lambda-7Hq2'", secret: 'after-a-lambda-7Hq2' },
  { file: 'config/settings/base.py', text: 'SECRET_KEY_FALLBACKS = [\n    "previous-key-value-123",\n]', secret: 'previous-key-value-123', line: 2 },
  { file: 'config/settings/local.py', text: 'from .base import *  # noqa\n\nDEBUG = True\nSECRET_KEY = "local-dev-only-key"', secret: 'local-dev-only-key', line: 4 },
  { file: 'settings.py', text: "SECRET_KEY: str = 'typed-but-still-hardcoded'", secret: 'typed-but-still-hardcoded' },
  { file: 'app/core/settings/test.py', text: 'class TestAppSettings(AppSettings):\n    debug: bool = True\n    secret_key: SecretStr = SecretStr("test_secret")', secret: 'test_secret', line: 3, context: 'test', severity: 'notice' },
  { file: 'settings.py', text: 'SECRET_KEY: "str" = "quoted-type-still-hardcoded-9Qz"', secret: 'quoted-type-still-hardcoded-9Qz' },
  { file: 'settings.py', text: "CONFIG = {'SECRET_KEY': 'dict-key-value-7Hq2Lm'}", secret: 'dict-key-value-7Hq2Lm' },
  // A value that repeats its name is still a (weak) secret when the name says secret, unless written as a session key.
  { file: 'settings.py', text: "SECRET_KEY = 'secret'", secret: 'secret' },
  { file: 'app.py', text: 'app.secret_key = "secret"', secret: 'secret' },
  { file: 'config.py', text: "JWT_SECRET_KEY = 'jwt_secret'", secret: 'jwt_secret' },
  { file: 'src/config.js', text: "const signingKey = 'signing';", secret: 'signing' },
  { file: 'src/auth.js', text: "const JWT_KEY = 'jwt-2f9Qx7Lm';", secret: 'jwt-2f9Qx7Lm' },
  { file: 'auth/util.go', text: 'const authKey = "authentication"', secret: 'authentication' },
  // A `<x>Secret` whose value is not made of its words is a value (`adminTokenSecret: "Zq8s…"`).
  { file: 'charts/app/values.yaml', text: 'auth:\n  adminTokenSecret: "k8s-zq8stv-bjw5yk"', secret: 'k8s-zq8stv-bjw5yk', line: 2 },
  // RuoYi signs its login JWTs with `token.secret` (application.yml); `ACCESS_TOKEN_SECRET` is the JWT tutorials' name.
  { file: 'ruoyi-admin/src/main/resources/application.yml', text: 'token:\n  header: Authorization\n  secret: abcdefghijklmnopqrstuvwxyz\n  expireTime: 30', secret: 'abcdefghijklmnopqrstuvwxyz', line: 3 },
  { file: 'src/config.js', text: "export const ACCESS_TOKEN_SECRET = 'acc-9e1c0f2d-token';", secret: 'acc-9e1c0f2d-token' },
  // WordPress's keys and salts as WordPress, Bedrock and Trellis write them.
  // Quarkus's profile prefixes in `application.properties` (commafeed's `%dev.` session key).
  { file: 'src/main/resources/application.properties', text: '%dev.quarkus.http.port=8083\n%dev.quarkus.http.auth.session.encryption-key=q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf', line: 2, context: 'development', severity: 'warning' },
  { file: 'src/main/resources/application.properties', text: '%test.quarkus.http.auth.session.encryption-key=q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf', context: 'test', severity: 'notice' },
  { file: 'src/main/resources/application.properties', text: '%prod.quarkus.http.auth.session.encryption-key=q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf', context: 'production', severity: 'error' },
  { file: 'src/main/resources/application.properties', text: '%staging.quarkus.http.auth.session.encryption-key=q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf', context: 'production', severity: 'error' },
  // Ruby and Elixir branches on the environment around a statement: the development side is development's.
  { file: 'config/initializers/secret_key.rb', text: 'if Rails.env.production?\n  Rails.application.config.secret_key_base = ENV["SECRET_KEY_BASE"]\nelse\n  Rails.application.config.secret_key_base = "a7f3c9e1b5d2f8a4c6e0b9d3f7a1c5e8b2d6f0a4c8e3b7d1f5a9c2e6b0d4f8a3"\nend', secret: 'a7f3c9e1b5d2f8a4c6e0b9d3f7a1c5e8b2d6f0a4c8e3b7d1f5a9c2e6b0d4f8a3', line: 4, context: 'development', severity: 'warning' },
  { file: 'config/initializers/jwt.rb', text: 'unless Rails.env.production?\n  JWT_SECRET = "dev-jwt-secret-1234"\nend', secret: 'dev-jwt-secret-1234', line: 2, context: 'development', severity: 'warning' },
  { file: 'config/initializers/session.rb', text: 'SESSION_SECRET = "sess-9f8e7d6c5b4a" if Rails.env.development?', secret: 'sess-9f8e7d6c5b4a', context: 'development', severity: 'warning' },
  { file: 'config/initializers/session.rb', text: 'SESSION_SECRET = "sess-9f8e7d6c5b4a" unless Rails.env.production?', secret: 'sess-9f8e7d6c5b4a', context: 'development', severity: 'warning' },
  { file: 'config/initializers/cookies.rb', text: 'case Rails.env\nwhen "development", "test"\n  COOKIE_SECRET = "cookie-dev-7a6b5c"\nwhen "production"\n  COOKIE_SECRET = "cookie-prod-7a6b5c"\nend', secret: 'cookie-dev-7a6b5c', line: 3, context: 'development', severity: 'warning' },
  { file: 'config/initializers/cookies.rb', text: 'case Rails.env\nwhen "development", "test"\n  COOKIE_SECRET = ENV["C"]\nwhen "production"\n  COOKIE_SECRET = "cookie-prod-7a6b5c"\nend', secret: 'cookie-prod-7a6b5c', line: 5, context: 'production', severity: 'error' },
  { file: 'config/initializers/keys.rb', text: 'if %w[development test].include?(Rails.env)\n  APP_SECRET = "app-dev-9a8b7c6d"\nend', secret: 'app-dev-9a8b7c6d', line: 2, context: 'development', severity: 'warning' },
  { file: 'config/initializers/keys.rb', text: 'if Rails.env.in?(%w[development test])\n  APP_SECRET = "app-dev-9a8b7c6d"\nend', secret: 'app-dev-9a8b7c6d', line: 2, context: 'development', severity: 'warning' },
  { file: 'app.rb', text: 'class App < Sinatra::Base\n  configure :development, :test do\n    set :session_secret, "sinatra-dev-secret-9a8b7c6d5e"\n  end\nend', secret: 'sinatra-dev-secret-9a8b7c6d5e', line: 3, context: 'development', severity: 'warning' },
  // The test environment's alone: a test's values.
  { file: 'app.rb', text: 'if ENV["RACK_ENV"] == "test"\n  set :session_secret, "sinatra-test-secret-9a8b7c6d5e"\nend', secret: 'sinatra-test-secret-9a8b7c6d5e', line: 2, context: 'test', severity: 'notice' },
  { file: 'config/initializers/reset_hmac_key.rb', text: 'Rails.application.credentials.cloudflare_hmac_key = "sample-hmac-9a8b7c" if Rails.env.test?', secret: 'sample-hmac-9a8b7c', context: 'test', severity: 'notice' },
  { file: 'config/initializers/keys.rb', text: 'if Rails.env.test?\n  APP_SECRET = "app-test-9a8b7c6d"\nend', secret: 'app-test-9a8b7c6d', line: 2, context: 'test', severity: 'notice' },
  { file: 'config/initializers/keys.rb', text: 'if Rails.env.in?(%w[test])\n  APP_SECRET = "app-test-9a8b7c6d"\nend', secret: 'app-test-9a8b7c6d', line: 2, context: 'test', severity: 'notice' },
  { file: 'config/runtime.exs', text: 'if config_env() == :test do\n  config :my_app, MyAppWeb.Endpoint,\n    secret_key_base: "q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3pR6tY0uE2iO4"\nend', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3pR6tY0uE2iO4', line: 3, context: 'test', severity: 'notice' },
  { file: 'config/initializers/cookies.rb', text: 'case Rails.env\nwhen "test"\n  COOKIE_SECRET = "cookie-test-7a6b5c"\nwhen "production"\n  COOKIE_SECRET = ENV.fetch("COOKIE_SECRET")\nend', secret: 'cookie-test-7a6b5c', line: 3, context: 'test', severity: 'notice' },
  { file: 'config/runtime.exs', text: 'case config_env() do\n  :test -> config :my_app, MyAppWeb.Endpoint, secret_key_base: "q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3pR6tY0uE2iO4"\n  _ -> :ok\nend', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3pR6tY0uE2iO4', line: 2, context: 'test', severity: 'notice' },
  // A predicate compared with a boolean guards nothing this reads.
  { file: 'config/initializers/keys.rb', text: 'if Rails.env.test? == false\n  APP_SECRET = "app-prod-9a8b7c6d"\nend', secret: 'app-prod-9a8b7c6d', line: 2, context: 'production', severity: 'error' },
  // Development or tests, and tests with another thing that is development's: development's.
  { file: 'config/initializers/keys.rb', text: 'if Rails.env.development? || Rails.env.test?\n  APP_SECRET = "app-dev-9a8b7c6d"\nend', secret: 'app-dev-9a8b7c6d', line: 2, context: 'development', severity: 'warning' },
  { file: 'config/initializers/keys.rb', text: 'APP_SECRET = "app-dev-9a8b7c6d" if Rails.env.local?', secret: 'app-dev-9a8b7c6d', context: 'development', severity: 'warning' },
  { file: 'config/runtime.exs', text: 'import Config\n\nif config_env() == :dev do\n  config :my_app, MyAppWeb.Endpoint,\n    secret_key_base: "q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3pR6tY0uE2iO4"\nend', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3pR6tY0uE2iO4', line: 5, context: 'development', severity: 'warning' },
  { file: 'config/runtime.exs', text: 'import Config\n\nif config_env() == :prod do\n  config :my_app, MyAppWeb.Endpoint, secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nelse\n  config :my_app, MyAppWeb.Endpoint,\n    secret_key_base: "q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3pR6tY0uE2iO4"\nend', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3pR6tY0uE2iO4', line: 7, context: 'development', severity: 'warning' },
  { file: 'config/runtime.exs', text: 'if config_env() == :dev, do: config(:my_app, MyAppWeb.Endpoint, secret_key_base: "q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3pR6tY0uE2iO4")', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3pR6tY0uE2iO4', context: 'development', severity: 'warning' },
  { file: 'config/runtime.exs', text: 'case config_env() do\n  :dev ->\n    config :my_app, MyAppWeb.Endpoint,\n      secret_key_base: "q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3pR6tY0uE2iO4"\n\n  _ ->\n    :ok\nend', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3pR6tY0uE2iO4', line: 4, context: 'development', severity: 'warning' },
  // Near misses: production's side, a list that holds production, a chain whose `else` may be staging's, a condition
  // that also holds in production, and an `if` that starts a value rather than following a statement.
  { file: 'config/initializers/keys.rb', text: 'if Rails.env.production?\n  APP_SECRET = "prod-app-9a8b7c"\nend', secret: 'prod-app-9a8b7c', line: 2, context: 'production', severity: 'error' },
  { file: 'config/runtime.exs', text: 'if Mix.env() in [:dev, :prod] do\n  config :my_app, signing_secret: "mixed-list-secret-9a8b7c"\nend', secret: 'mixed-list-secret-9a8b7c', line: 2, context: 'production', severity: 'error' },
  { file: 'config/initializers/keys.rb', text: 'if Rails.env.production?\n  APP_SECRET = ENV["APP_SECRET"]\nelsif Rails.env.staging?\n  APP_SECRET = ENV["STAGING_SECRET"]\nelse\n  APP_SECRET = "app-else-9a8b7c6d"\nend', secret: 'app-else-9a8b7c6d', line: 6, context: 'production', severity: 'error' },
  { file: 'config/initializers/keys.rb', text: 'if Rails.env.development? || ENV["USE_DEV_KEYS"]\n  APP_SECRET = "app-dev-9a8b7c6d"\nend', secret: 'app-dev-9a8b7c6d', line: 2, context: 'production', severity: 'error' },
  { file: 'config/initializers/keys.rb', text: 'OPTIONS = { session_secret: "app-9a8b7c6d", debug: if Rails.env.development? then true else false end }', secret: 'app-9a8b7c6d', context: 'production', severity: 'error' },
  { file: 'config/initializers/keys.rb', text: 'case Rails.env\nwhen "development"\n  APP_SECRET = ENV["A"]\nelse\n  APP_SECRET = "app-else-9a8b7c6d"\nend', secret: 'app-else-9a8b7c6d', line: 5, context: 'production', severity: 'error' },
  // A project template's files are copies a generator renders: its placeholder is where the generated key goes.
  { file: '{{cookiecutter.project_slug}}/config/settings/production.py', text: 'SECRET_KEY = "!!!SET DJANGO_SECRET_KEY!!!"', secret: '!!!SET DJANGO_SECRET_KEY!!!', context: 'example', severity: 'notice' },
  // ASP.NET's `<machineKey>`: the keys that sign and encrypt view state and forms tickets, on one line or several.
  { file: 'src/Web/Web.config', text: '<configuration>\n  <system.web>\n    <machineKey validationKey="C50B3C89CB21F4F1422FF158A5B42D0E8DB8CB5CDA1742572A487D9401E3400267682B202B746511891C1BAF47F8D25C07F6C39A104696DB51F17C529AD3CABE" decryptionKey="8A9BE8FD67AF6979E7D20198CFEA50DD3D3799C77AF2B72F" validation="SHA1" />\n  </system.web>\n</configuration>', secret: '8A9BE8FD67AF6979E7D20198CFEA50DD3D3799C77AF2B72F', line: 3 },
  { file: 'Web.Release.config', text: '<system.web>\n  <machineKey\n    validationKey="C50B3C89CB21F4F1422FF158A5B42D0E8DB8CB5CDA1742572A487D9401E3400267682B202B746511891C1BAF47F8D25C07F6C39A104696DB51F17C529AD3CABE"\n    validation="HMACSHA256" />', secret: 'C50B3C89CB21F4F1422FF158A5B42D0E8DB8CB5CDA1742572A487D9401E3400267682B202B746511891C1BAF47F8D25C07F6C39A104696DB51F17C529AD3CABE', line: 3 },
  // A code sample in Markdown text in a YAML block (a recipe's instructions, an OpenAPI `description`) is documentation;
  // a block with no fence is a file's or a script's content, and keeps the file's context.
  { file: 'openapi.yaml', text: 'info:\n  description: |\n    Sign your requests:\n    ```python\n    JWT_SECRET = "q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR"\n    ```\n  version: 1.0.0', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 5, context: 'docs', severity: 'notice' },
  { file: 'k8s/configmap.yaml', text: 'data:\n  settings.py: |\n    SECRET_KEY = "q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR"\n    DEBUG = False', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 3, context: 'production', severity: 'error' },
  // A list item's block ends at the item's next key: a lone fence in it marks nothing after it (`- name: |`).
  { file: 'deploy/jobs.yaml', text: 'jobs:\n  - notes: |\n      ```\n    script: |\n      export SECRET_KEY="q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 5, context: 'production', severity: 'error' },
  // `|2-`: an indentation indicator before the chomping one.
  { file: 'openapi.yaml', text: 'info:\n  description: |2-\n    ```\n    JWT_SECRET = "q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR"\n    ```', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 4, context: 'docs', severity: 'notice' },
  { file: 'recipe.yaml', text: 'nextSteps: |\n  1. Create a `.env` file:\n    ```\n    PORT=3000\n    ```\nsettings:\n  secret_key: "q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 7, context: 'production', severity: 'error' },
  // An Ansible role's defaults, which its users override: a placeholder marks a variable to set. A weak value someone
  // chose, or a random one, keeps the file's context, and so does a placeholder in a playbook's own variables.
  { file: 'playbooks/roles/edxapp/defaults/main.yml', text: 'EDXAPP_EDXAPP_SECRET_KEY: "SET-ME-PLEASE"', secret: 'SET-ME-PLEASE', context: 'example', severity: 'notice' },
  { file: 'roles/oauth2_proxy/defaults/main.yml', text: '---\noauth2_proxy_cookie_secret: "CHANGEME-COOKIE-SECRET"', secret: 'CHANGEME-COOKIE-SECRET', line: 2, context: 'example', severity: 'notice' },
  { file: 'defaults/main.yml', text: 'app_secret_key: "Your secret key here"', secret: 'Your secret key here', context: 'example', severity: 'notice' },
  { file: 'roles/web/defaults/main/secrets.yml', text: 'web_jwt_secret: "DUMMY KEY CHANGE BEFORE GOING TO PRODUCTION"', secret: 'DUMMY KEY CHANGE BEFORE GOING TO PRODUCTION', context: 'example', severity: 'notice' },
  { file: 'roles/web/defaults/main.yml', text: 'web_session_secret: "edx-session-2019"', secret: 'edx-session-2019', context: 'production', severity: 'error' },
  // Weak values on the placeholder list that ask for nothing: someone chose them.
  { file: 'roles/web/defaults/main.yml', text: 'web_session_secret: "secret"', secret: 'secret', context: 'production', severity: 'error' },
  { file: 'roles/web/defaults/main.yml', text: 'web_session_secret: "keyboard cat"', secret: 'keyboard cat', context: 'production', severity: 'error' },
  { file: 'roles/web/defaults/main.yml', text: 'web_session_secret: "supersecret"', secret: 'supersecret', context: 'production', severity: 'error' },
  { file: 'roles/web/defaults/main.yml', text: 'web_session_secret: "GENERATE_ME"', secret: 'GENERATE_ME', context: 'example', severity: 'notice' },
  { file: 'roles/web/defaults/main.yml', text: 'web_session_secret: "SetSecretHere"', secret: 'SetSecretHere', context: 'example', severity: 'notice' },
  // Only the files Ansible loads as a role's defaults: not another file of `defaults/`, nor an app's `defaults/config.yml`.
  { file: 'roles/web/defaults/extra.yml', text: 'web_session_secret: "SET-ME-PLEASE"', secret: 'SET-ME-PLEASE', context: 'production', severity: 'error' },
  { file: 'defaults/config.yml', text: 'session_secret: "CHANGEME"', secret: 'CHANGEME', context: 'production', severity: 'error' },
  { file: 'roles/web/defaults/main.yml', text: 'web_session_secret: "q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', context: 'production', severity: 'error' },
  { file: 'group_vars/all.yml', text: 'web_session_secret: "SET-ME-PLEASE"', secret: 'SET-ME-PLEASE', context: 'production', severity: 'error' },
  { file: 'roles/web/vars/main.yml', text: 'web_session_secret: "CHANGEME"', secret: 'CHANGEME', context: 'production', severity: 'error' },
  { file: 'template/{{ project_name }}/app/config.py', text: "SECRET_KEY = 'changeme'", secret: 'changeme', context: 'example', severity: 'notice' },
  { file: '{{cookiecutter.project_slug}}/config/settings/production.py', text: 'SECRET_KEY = "q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3pR6tY0uE2iO4"', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3pR6tY0uE2iO4', context: 'production', severity: 'error' },
  { file: 'src/{{name}}.py', text: "SECRET_KEY = 'changeme'", secret: 'changeme', context: 'production', severity: 'error' },
  // A file whose opening comment says it is for development only (JHipster's compose files), and near misses.
  { file: 'src/main/docker/app.yml', text: "# This configuration is intended for development purpose, it's **your** responsibility to harden it for production\nname: app\nservices:\n  app:\n    environment:\n      - JHIPSTER_SECURITY_AUTHENTICATION_JWT_BASE64_SECRET=q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3", secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3Lk2Jh4Gf6Ds8b7Vc1Xz9Qa5WmN3', line: 6, context: 'development', severity: 'warning' },
  { file: 'config/settings.py', text: '#!/usr/bin/env python\n# For local development only. Do not use in production.\nSECRET_KEY = "q8Zr2LmVx0TbWn4KpYs7HdJ3"', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 3, context: 'development', severity: 'warning' },
  { file: 'docker/app.yml', text: '# Do not use this file in production.\nservices:\n  app:\n    environment:\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 5, context: 'development', severity: 'warning' },
  { file: 'config/settings.py', text: '# Production settings. Do not use for development.\nSECRET_KEY = "q8Zr2LmVx0TbWn4KpYs7HdJ3"', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2, context: 'production', severity: 'error' },
  { file: 'config/settings.py', text: 'import os\n# not for production\nSECRET_KEY = "q8Zr2LmVx0TbWn4KpYs7HdJ3"', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 3, context: 'production', severity: 'error' },
  // The opening comment is read whole, however long its preamble; a comment after the first statement is not it.
  { file: 'src/main/docker/monitoring.yml', text: `${Array.from({ length: 24 }, (_, k) => `# Usage note ${k + 1}: set the discovery mode before you start.`).join('\n')}\n# This configuration is intended for development purpose, it's **your** responsibility to harden it for production\nservices:\n  app:\n    environment:\n      - JWT_SECRET=q8Zr2LmVx0TbWn4KpYs7HdJ3`, secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 29, context: 'development', severity: 'warning' },
  { file: 'src/main/docker/monitoring.yml', text: `${Array.from({ length: 24 }, (_, k) => `# Usage note ${k + 1}: set the discovery mode before you start.`).join('\n')}\nname: app\n# This configuration is intended for development purpose, it's **your** responsibility to harden it for production\nservices:\n  app:\n    environment:\n      - JWT_SECRET=q8Zr2LmVx0TbWn4KpYs7HdJ3`, secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 30, context: 'production', severity: 'error' },
  { file: 'compose.yaml', text: "## FOR TEST AND DEVELOPMENT ONLY, DO NOT USE IN PRODUCTION   ##\n## Setup: https://docs.acme.io/developer-guide/  ##\nservices:\n  app:\n    environment:\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3", secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 6, context: 'development', severity: 'warning' },
  { file: 'compose.yaml', text: "# For test and production deployments only.\nservices:\n  app:\n    environment:\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3", secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 5, context: 'production', severity: 'error' },
  // Nor does a sentence that goes on about something else, on any line.
  { file: 'docker-compose.yml', text: "# Acme production stack.\n# Not for production: the mailpit service below only catches outgoing mail in staging.\nservices:\n  app:\n    environment:\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3", secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 6, context: 'production', severity: 'error' },
  // Past the first 20 lines, a sentence about one service says nothing of the file.
  { file: 'docker-compose.yml', text: `${Array.from({ length: 22 }, (_, k) => `# Service ${k + 1}: see the docs for its settings.`).join('\n')}\n#\n# Not for production: the mailpit service below catches outgoing mail.\nservices:\n  app:\n    environment:\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3`, secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 28, context: 'production', severity: 'error' },
  // A script named for generating code or a specification gives the application a stand-in to start with; a
  // real-looking key there is still one, and a script named for anything else keeps the file's context.
  { file: 'server/generate-openapi.sh', text: '#!/bin/sh\nset -eo pipefail\nexport SVIX_JWT_SECRET="test value"\ncargo run -- generate-openapi | jq . > openapi.json', secret: 'test value', line: 3, context: 'build', severity: 'notice' },
  { file: 'scripts/gen-types.sh', text: 'export JWT_SECRET=dev\nnpx openapi-typescript http://localhost:3000/openapi.json -o src/api.d.ts', secret: 'dev', context: 'build', severity: 'notice' },
  { file: 'server/generate-openapi.sh', text: '#!/bin/sh\nexport SVIX_JWT_SECRET="q8Zr2LmVx0TbWn4KpYs7HdJ3"\ncargo run -- generate-openapi', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2, context: 'production', severity: 'error' },
  { file: 'scripts/generate-config.sh', text: '#!/bin/sh\necho "JWT_SECRET=dev-jwt" > /etc/app/env', secret: 'dev-jwt', line: 2, context: 'production', severity: 'error' },
  { file: 'scripts/generate-api-keys.sh', text: 'export JWT_SECRET="prod-jwt-secret"', secret: 'prod-jwt-secret', context: 'production', severity: 'error' },
  { file: 'scripts/generate-docs-and-deploy.sh', text: 'export JWT_SECRET="prod-jwt-secret"', secret: 'prod-jwt-secret', context: 'production', severity: 'error' },
  { file: 'scripts/generate-openapi-schema.sh', text: 'export JWT_SECRET="dev"\nnpm run openapi', secret: 'dev', context: 'build', severity: 'notice' },
  // A host's name is no copy to fill in.
  { file: 'nginx/api.example.com.yaml', text: 'jwt_secret: "Acme2024!"', secret: 'Acme2024!', context: 'production', severity: 'error' },
  // A shell script that runs a development server exports what that server reads; a deploy script does not.
  { file: 'scripts/install.sh', text: '#!/usr/bin/env bash\nexport JWT_SECRET=q8Zr2LmVx0TbWn4KpYs7HdJ3\nexport LEMMY_DATABASE_URL=postgres://lemmy:password@localhost:5432/lemmy\ncd server && cargo watch -x run', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2, context: 'development', severity: 'warning' },
  { file: 'bin/dev.sh', text: '#!/bin/sh\nexport SESSION_SECRET="q8Zr2LmVx0TbWn4KpYs7HdJ3"\npnpm install\npnpm dev', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2, context: 'development', severity: 'warning' },
  { file: 'scripts/start.sh', text: '#!/bin/sh\nexport JWT_SECRET=q8Zr2LmVx0TbWn4KpYs7HdJ3\nexec cargo run --release --bin server', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2, context: 'production', severity: 'error' },
  { file: 'deploy/production/run.sh', text: '#!/bin/sh\nexport JWT_SECRET=q8Zr2LmVx0TbWn4KpYs7HdJ3\nnpm run dev', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2, context: 'production', severity: 'error' },
  // A development server named in a comment or in what the script prints, a `--reload` of a system tool, a
  // production entrypoint's `rails s`, a release build's `cargo run`, a Procfile: no development server run.
  { file: 'scripts/deploy.sh', text: '#!/bin/sh\n# Do not use nodemon or npm run dev here\nexport JWT_SECRET=q8Zr2LmVx0TbWn4KpYs7HdJ3\necho "for local work use: npm run dev"\nnode server.js', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 3, context: 'production', severity: 'error' },
  { file: 'provision.sh', text: 'export JWT_SECRET=q8Zr2LmVx0TbWn4KpYs7HdJ3\nfirewall-cmd --reload\nudevadm control --reload-rules', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', context: 'production', severity: 'error' },
  { file: 'docker-entrypoint.sh', text: 'export SECRET_KEY_BASE=q8Zr2LmVx0TbWn4KpYs7HdJ3\nRAILS_ENV=production exec bundle exec rails s -b 0.0.0.0', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', context: 'production', severity: 'error' },
  { file: 'bin/release.sh', text: 'export JWT_SECRET=q8Zr2LmVx0TbWn4KpYs7HdJ3\ncargo build --release\ncargo run --bin migrate', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', context: 'production', severity: 'error' },
  { file: 'Procfile', text: 'web: JWT_SECRET=q8Zr2LmVx0TbWn4KpYs7HdJ3 npm run dev', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', context: 'production', severity: 'error' },
  // Yeoman keeps a generator's answers in `.yo-rc.json` (JHipster's `jwtSecretKey`): the development profiles' key.
  { file: '.yo-rc.json', text: '{\n  "generator-jhipster": {\n    "authenticationType": "jwt",\n    "jwtSecretKey": "q8Zr2LmVx0TbWn4KpYs7HdJ3q8Zr2LmVx0TbWn4KpYs7HdJ3"\n  }\n}', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 4, context: 'development', severity: 'warning' },
  { file: 'config/yo-rc.json', text: '{\n  "jwtSecretKey": "q8Zr2LmVx0TbWn4KpYs7HdJ3q8Zr2LmVx0TbWn4KpYs7HdJ3"\n}', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2, context: 'production', severity: 'error' },
  // A deployment generator's own answers hold the key it writes into the manifests.
  { file: 'k8s/.yo-rc.json', text: '{\n  "generator-jhipster": {\n    "jwtSecretKey": "q8Zr2LmVx0TbWn4KpYs7HdJ3q8Zr2LmVx0TbWn4KpYs7HdJ3"\n  }\n}', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 3, context: 'production', severity: 'error' },
  // One key of a rotation pair, its qualifier before or after the name's last word (documenso's secondary key).
  { file: 'docker/Dockerfile', text: 'FROM node:22\nENV NEXT_PRIVATE_ENCRYPTION_KEY="${ENCRYPTION_KEY}"\nENV NEXT_PRIVATE_ENCRYPTION_SECONDARY_KEY="Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua"', secret: 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua', line: 3 },
  { file: 'app/settings.py', text: 'JWT_PREVIOUS_SECRET = "Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua"', secret: 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua' },
  { file: 'app/settings.py', text: 'SECRET_KEY_OLD = "Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua"', secret: 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua' },
  { file: 'config/initializers/secret.rb', text: 'SECRET_KEY_BASE_OLD = "Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua"', secret: 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua' },
  { file: 'src/auth.ts', text: "const jwtSecretNew = 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua';", secret: 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua' },
  // A Markdown heredoc is documentation for the rules that read URLs and tokens; a key below a comment that names one
  // stays a key.
  { file: 'config/initializers/secret.rb', text: "# Help pages are written as <<~MD heredocs.\nRails.application.config.secret_key_base = 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1UaZq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua'\nDESC = <<~MD\n  hi\nMD", secret: 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1UaZq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua', line: 2, context: 'production', severity: 'error' },
  // An error code's name with a value of one word is a key all the same; so is a sentence under a plain name.
  { file: 'src/config.ts', text: "export const INVALID_JWT_SECRET = 'q8Zr2LmVx0TbWn4KpYs7HdJ3';", secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3' },
  { file: 'src/config.ts', text: "export const SENTRY_ERR_SIGNING_KEY = 'Tr0ub4dor &3 correct horse battery';", secret: 'Tr0ub4dor &3 correct horse battery' },
  { file: 'src/config.ts', text: "export const JWT_SECRET = 'not found in the environment';", secret: 'not found in the environment' },
  // A sentence about something else, another deployment beside development, a path that says production.
  { file: 'docker-compose.yml', text: '# Production stack. For local development use docker-compose.dev.yml instead.\nservices:\n  app:\n    environment:\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 5, context: 'production', severity: 'error' },
  { file: 'cmd/server/main.go', text: '// Package main runs the server. Its -dev flag is for development only.\npackage main\n\nvar jwtSecret = "q8Zr2LmVx0TbWn4KpYs7HdJ3"', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 4, context: 'production', severity: 'error' },
  { file: 'deploy/app.yml', text: '# This file is intended for development, staging and production deployments.\nservices:\n  app:\n    environment:\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 5, context: 'production', severity: 'error' },
  // A compose service named for tests (a script starts it for an end-to-end run); not a word inside another.
  { file: 'docker-compose.yml', text: 'services:\n  authjs-docker-test:\n    build: .\n    environment:\n      - AUTH_SECRET="q8Zr2LmVx0TbWn4KpYs7HdJ3"', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 5, context: 'test', severity: 'notice' },
  { file: 'docker-compose.yml', text: 'services:\n  app_e2e:\n    image: acme/app\n    environment:\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 5, context: 'test', severity: 'notice' },
  { file: 'docker-compose.yml', text: 'services:\n  contest-api:\n    image: acme/contest\n    environment:\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 5, context: 'production', severity: 'error' },
  // A project named for tests (supabase-py's `name: auth-tests`, which only its test target starts): every service.
  { file: 'src/auth/infra/docker-compose.yml', text: 'name: auth-tests\nservices:\n  gotrue:\n    image: supabase/auth:v2.187.0\n    environment:\n      GOTRUE_JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 6, context: 'test', severity: 'notice' },
  { file: 'docker-compose.yml', text: 'name: contest\nservices:\n  api:\n    image: acme/contest\n    environment:\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 6, context: 'production', severity: 'error' },
  // Not one that runs in production mode, one whose settings another service takes, nor an application's settings.
  { file: 'deploy/docker-compose.prod.yml', text: 'services:\n  api-test:\n    image: acme/api\n    environment:\n      NODE_ENV: production\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 6, context: 'production', severity: 'error' },
  { file: 'docker-compose.yml', text: 'services:\n  migrate-test:\n    image: acme/api\n    environment: &env\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3\n  web:\n    image: acme/api\n    environment: *env', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 5, context: 'production', severity: 'error' },
  { file: 'config/integrations.yml', text: 'services:\n  ab-testing:\n    secret_key: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 3, context: 'production', severity: 'error' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    image: acme/web\n    environment:\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3\n  web-test:\n    image: acme/web\n    command: npm test', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 5, context: 'production', severity: 'error' },
  // A sentence after another on the comment's line, and a file that documents every setting (Ory's reference configuration).
  { file: 'internal/config/config.yaml', text: '# Ory Hydra Configuration\n#\n# !!WARNING!!\n# This configuration file is for documentation purposes only. Do not use it in production. As all configuration items\n# are enabled, it will not work out of the box either.\nserve:\n  public:\n    port: 4444\nsecrets:\n  system:\n    - q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 11, context: 'docs', severity: 'notice' },
  { file: 'deploy/values.yaml', text: '# Defaults for the chart.\n# This file is for reference only.\nsecret_key: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 3, context: 'docs', severity: 'notice' },
  // Near misses: a reference to documentation, a sentence about one setting, a sentence that goes on, code (which
  // runs), a development sentence after another (its subject may be a value), staging's clusters.
  { file: 'config/initializers/secret.rb', text: '# Loaded on boot. This file is for reference only.\nJWT_SECRET = "q8Zr2LmVx0TbWn4KpYs7HdJ3"', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2, context: 'production', severity: 'error' },
  { file: 'config/app.yml', text: '# Generate a new key with openssl rand. Do not use this in production.\nsecret_key: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2, context: 'production', severity: 'error' },
  { file: 'k8s/app.yaml', text: '# Shared environment for the QA and staging clusters. Not for production.\nsecret_key: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2, context: 'production', severity: 'error' },
  { file: 'config/app.yml', text: '# Keep in sync with the docs. For reference only.\nsecret_key: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2, context: 'production', severity: 'error' },
  { file: 'config/app.yml', text: '# See the documentation for every option.\nsecret_key: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2, context: 'production', severity: 'error' },
  { file: 'config/app.yml', text: '# The secret below is for reference only: set your own.\nsecret_key: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2, context: 'production', severity: 'error' },
  { file: 'config/app.yml', text: '# Acme settings. This file is for documentation purposes only and for production deployments.\nsecret_key: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 2, context: 'production', severity: 'error' },
  { file: 'deploy/app.yml', text: '# This file is intended for development purposes, staging and production deployments.\nservices:\n  app:\n    environment:\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 5, context: 'production', severity: 'error' },
  { file: 'app/settings.py', text: '# Development only: turn the debugger on.\nDEBUG = True\nSECRET_KEY = "q8Zr2LmVx0TbWn4KpYs7HdJ3"', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 3, context: 'production', severity: 'error' },
  { file: 'docker/app.yml', text: '# Do not use in production.\nservices:\n  app:\n    environment:\n      JWT_SECRET: q8Zr2LmVx0TbWn4KpYs7HdJ3', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3', line: 5, context: 'development', severity: 'warning' },
  // A template's placeholder stays the template's, whatever its header says.
  { file: 'config/settings.yml.sample', text: '# For local development only.\nsecret_key: changeme', secret: 'changeme', line: 2, context: 'example', severity: 'notice' },
  { file: 'config/environments/production.rb', text: '# For local development only: copy to development.rb.\nRails.application.config.secret_key_base = "q8Zr2LmVx0TbWn4KpYs7HdJ3q8Zr2LmVx0TbWn4KpYs7HdJ3q8Zr2LmVx0Tb"', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3q8Zr2LmVx0TbWn4KpYs7HdJ3q8Zr2LmVx0Tb', line: 2, context: 'production', severity: 'error' },
  // Drupal signs one-time login links and form tokens with its hash salt.
  { file: 'web/sites/default/settings.php', text: "<?php\n$settings['hash_salt'] = 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1UaZq8sT2vBJw5yKp0c';", secret: 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1UaZq8sT2vBJw5yKp0c', line: 2 },
  { file: 'sites/default/settings.php', text: "<?php\n$drupal_hash_salt = 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1UaZq8sT2vBJw5yKp0c';", secret: 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1UaZq8sT2vBJw5yKp0c', line: 2 },
  // Inside a method of a pydantic-settings class, an assignment is no field.
  { file: 'app/core/config.py', text: 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    secret_key: str\n\n    def signer(self):\n        SECRET_KEY = "a8f3kd9s0fj3k2l4m5n6b7v8c9x0z1q2"\n        return SECRET_KEY', secret: 'a8f3kd9s0fj3k2l4m5n6b7v8c9x0z1q2', line: 7 },
  // A class pydantic does not fill: no pydantic imported, a class variable, a private attribute.
  { file: 'app/core/config.py', text: 'class BaseSettings:\n    pass\n\nclass Settings(BaseSettings):\n    SECRET_KEY: str = "a8f3kd9s0fj3k2l4m5n6b7v8c9x0z1q2"', secret: 'a8f3kd9s0fj3k2l4m5n6b7v8c9x0z1q2', line: 5 },
  { file: 'app/core/config.py', text: 'from typing import ClassVar\nfrom pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    SECRET_KEY: ClassVar[str] = "a8f3kd9s0fj3k2l4m5n6b7v8c9x0z1q2"', secret: 'a8f3kd9s0fj3k2l4m5n6b7v8c9x0z1q2', line: 5 },
  { file: 'app/core/config.py', text: 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    _jwt_secret: str = "a8f3kd9s0fj3k2l4m5n6b7v8c9x0z1q2"', secret: 'a8f3kd9s0fj3k2l4m5n6b7v8c9x0z1q2', line: 4 },
  { file: 'app/config.py', text: "class Settings:\n    SECRET_KEY: str = 'plain-class-9e1c0f2d'", secret: 'plain-class-9e1c0f2d', line: 2 },
  // Words people add to make a weak key of a name, even among configuration keys; and alone, any word.
  { file: 'app/constants.py', text: "API_VERSION = 'api_version'\nSITE_NAME = 'site_name'\nJWT_SECRET = 'my_jwt_secret_dev'", secret: 'my_jwt_secret_dev', line: 3 },
  { file: 'app/constants.py', text: "TABLEAU_ACCESS_TOKEN_SECRET = 'tableau_personal_access_token_secret'", secret: 'tableau_personal_access_token_secret' },
  // A key in plain text, or one sent to browsers, is the key: `UNENCRYPTED_…`, `NON_ENCRYPTED_…`, `NEXT_PUBLIC_…`.
  { file: 'src/config.ts', text: "export const NEXT_PUBLIC_JWT_SECRET = 'q8Zr2LmVx0TbWn4KpYs7HdJ3';", secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3' },
  { file: 'src/config.ts', text: "export const PUBLIC_SESSION_SECRET = 'q8Zr2LmVx0TbWn4KpYs7HdJ3';", secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3' },
  { file: 'config/keys.yml', text: 'unencrypted_secret_key: "q8Zr2LmVx0TbWn4KpYs7HdJ3"', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3' },
  { file: 'config/keys.yml', text: 'non_encrypted_signing_key: "q8Zr2LmVx0TbWn4KpYs7HdJ3"', secret: 'q8Zr2LmVx0TbWn4KpYs7HdJ3' },
  // A key typed as its own name lower-cased stays weak beside configuration keys in snake case.
  { file: 'app/constants.py', text: "LOG_LEVEL = 'log_level'\nSECRET_KEY = 'secret_key'", secret: 'secret_key', line: 2 },
  { file: 'app/constants.py', text: "PROJECT_NAME = 'project-name'\nSECRET_KEY = 'secret-key'", secret: 'secret-key', line: 2 },
  { file: 'src/constants.js', text: "export const API_URL = 'api_url';\nexport const SECRET_KEY = 'flask_secret_key';", secret: 'flask_secret_key', line: 2 },
  // WordPress's own placeholder never signs: `wp_salt()` skips it for a random salt it keeps in the database.
  { file: 'wp-config.php', text: "<?php\ndefine( 'NONCE_KEY', 'put your unique phrase here' );", secret: 'put your unique phrase here', line: 2, context: 'example', severity: 'notice' },
  { file: 'wp-config.php', text: "<?php\ndefine( 'NONCE_KEY', 'my unique phrase' );", secret: 'my unique phrase', line: 2, context: 'production', severity: 'error' },
  // WordPress skips its placeholder exactly as written: in other capitals, it signs with it.
  { file: 'wp-config.php', text: "<?php\ndefine( 'NONCE_KEY', 'Put Your Unique Phrase Here!' );", secret: 'Put Your Unique Phrase Here!', line: 2, context: 'production', severity: 'error' },
  // PHP settings named as a copy to fill in: WordPress's `wp-config-sample.php`, Drupal's `example.settings.local.php`.
  { file: 'wp-config-sample.php', text: "<?php\ndefine( 'AUTH_KEY',         'put your unique phrase here' );", secret: 'put your unique phrase here', line: 2, context: 'example', severity: 'notice' },
  { file: 'web/sites/example.settings.local.php', text: "<?php\n$config['system.site']['secret_key'] = 'changeme';", secret: 'changeme', line: 2, context: 'example', severity: 'notice' },
  { file: 'config/config.sample.inc.php', text: "<?php\n$cfg['jwt_secret'] = 'changeme';", secret: 'changeme', line: 2, context: 'example', severity: 'notice' },
  // A real-looking value there ships as everyone's default; a PHP file whose name says nothing of settings is code.
  { file: 'wp-config-sample.php', text: "<?php\ndefine( 'AUTH_KEY', 'h$Xq7!mZ@3Kp#Vd^9Lw&Rb*2Tn(Yc_Gf+Ej)Us4Q' );", secret: 'h$Xq7!mZ@3Kp#Vd^9Lw&Rb*2Tn(Yc_Gf+Ej)Us4Q', line: 2, context: 'production', severity: 'error' },
  { file: 'app/sample_controller.php', text: "<?php\n$jwt_secret = 'changeme';", secret: 'changeme', line: 2, context: 'production', severity: 'error' },
  { file: 'group_vars/production/vault.yml', text: 'vault_wordpress_sites:\n  example.com:\n    env:\n      nonce_key: "Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua"', secret: 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua', line: 4 },
  // A placeholder people type as a value is still a weak secret, spelt like the name or not.
  { file: 'src/config.ts', text: "export const jwtSecret = 'jwt_secret';", secret: 'jwt_secret' },
  // A SCREAMING_SNAKE name lower-cased, a name ending in what it holds, key material and a public name with a
  // private-looking value are typed placeholders, not slot names.
  { file: 'src/config.ts', text: "const APP_SECRET = 'app_secret';", secret: 'app_secret' },
  { file: 'config.py', text: "DJANGO_SECRET_KEY = 'django-secret-key'", secret: 'django-secret-key' },
  { file: 'auth/jwt.go', text: 'var jwtKey = []byte("jwt")', secret: 'jwt' },
  { file: 'settings.py', text: "SECRET_KEY = '_secret'", secret: '_secret' },
  // Words in a name that are not its first word, or a message name with a one-word value, say nothing.
  { file: 'settings.py', text: "SESSION_SECRET = 'this is my super secret session key'", secret: 'this is my super secret session key' },
  { file: 'src/config.ts', text: "const msgSecretKey = 'kbd-cat-9Qz2Lm';", secret: 'kbd-cat-9Qz2Lm' },
  { file: 'src/Startup.cs', text: '        var options = new JwtOptions { SigningKey = "signing-key" };', secret: 'signing-key' },
  // A compose list item that is only `NAME=value` takes the rest of the line; inside a command, one word.
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    environment:\n      - SECRET_KEY=my long secret phrase', secret: 'my long secret phrase', line: 4 },
  { file: 'deploy.yml', text: 'steps:\n  - run: docker run --env JWT_SECRET=Zq8sT2vBJw5yKp0cN7pL other args', secret: 'Zq8sT2vBJw5yKp0cN7pL', line: 2 },
  // A `…SecretKey` set to its own first words in another case names an entry only with two words or more; a plain
  // `secretKey` beside a Secret's name or path only as a name in parts or a plain word, beside a Secret's name only
  // when no placeholder or default credential, and beside siblings written as a setting's names are.
  { file: 'charts/app/values.yaml', text: 'auth:\n  jwtSecretKey: jwt', secret: 'jwt', line: 2 },
  { file: 'charts/app/values.yaml', text: 'auth:\n  sessionSecretKey: session-secret', secret: 'session-secret', line: 2 },
  { file: 'charts/app/values.yaml', text: 'tls:\n  keyPasswordSecretKey: key-password-2', secret: 'key-password-2', line: 2 },
  { file: 'charts/app/values.yaml', text: 'store:\n  secretName: ""\n  secretKey: q8Zr4nM2xV7bL1cK9pT3wY6h', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 3 },
  { file: 'charts/app/values.yaml', text: 'store:\n  secretKey: thanos-store\nother:\n  secretName: objstore', secret: 'thanos-store', line: 2 },
  { file: 'charts/app/values.yaml', text: 's3:\n  accessKey: admin\n  secretKey: changeme\n  secretName: ""', secret: 'changeme', line: 3 },
  { file: 'charts/app/values.yaml', text: 'aws:\n  access_key: admin\n  secret_key: minioadmin\n  secret_name: prod/app', secret: 'minioadmin', line: 3 },
  // A rule word with no validator's rules around it is a weak key.
  { file: 'config/auth.php', text: "<?php\nreturn [\n    'ttl' => 60,\n    'jwt_secret' => 'string',\n];", secret: 'string', line: 4 },
  // A shell word ends at a control operator: Windows' `set X=y&& node .` in a script, a pipe.
  { file: 'scripts/start.sh', text: 'JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3&& node .', secret: 'q8Zr4nM2xV7bL1cK9pT3' },
  { file: 'package.json', text: '{\n  "scripts": {\n    "start:win": "set JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3&& node ."\n  }\n}', secret: 'q8Zr4nM2xV7bL1cK9pT3', line: 3 },
  // Constants spelt exactly as their names (action types) say nothing of one in another spelling beside them.
  { file: 'src/constants.ts', text: 'export const LOGIN = "LOGIN";\nexport const LOGOUT = "LOGOUT";\nexport const JWT_SECRET_KEY = "jwtSecretKey";', secret: 'jwtSecretKey', line: 3 },
  // More than a few digits after a prefix is a value.
  { file: 'app/billing.py', text: 'STRIPE_WEBHOOK_SECRET = "whsec_q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"', secret: 'whsec_q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  // MinIO's published default login is known to anyone, beside its access key too.
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    environment:\n      - MINIO_ACCESS_KEY=minioadmin\n      - MINIO_SECRET_KEY=minioadmin', secret: 'minioadmin', line: 5 },
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    environment:\n      SECRET_KEY: change_me_now\n      SECRET_PATH: /run/secrets', secret: 'change_me_now', line: 4 },
  { file: 'charts/app/values.yaml', text: 's3:\n  secretName: ""\n  secretKey: change-me', secret: 'change-me', line: 3 },
  { file: 'charts/app/values.yaml', text: 's3:\n  secretName: ""\n  secretKey: minio123', secret: 'minio123', line: 3 },
  // Beside no `remoteRef:` of its own item, a value is a value.
  { file: 'charts/app/values.yaml', text: 'data:\n  - secretKey: q8Zr4nM2xV7bL1cK\n    remoteRef:\n      key: app\n  - secretKey: Lk2Jh4Gf6Ds8b7Vc\n    other: x', secret: 'Lk2Jh4Gf6Ds8b7Vc', line: 5 },
  // `secretName: null` names no Secret.
  { file: 'charts/app/values.yaml', text: 'backups:\n  secretName: null\n  secretKey: backupsUploaderPass', secret: 'backupsUploaderPass', line: 3 },
  // A list item's keys are its own: another item's `secretName:` says nothing of this one.
  { file: 'charts/app/values.yaml', text: 'providers:\n  - secretName: sendgrid\n    region: eu\n  - secretKey: authToken', secret: 'authToken', line: 4 },
  // In code, `name:` beside `secretKey:` names the stored secret only when the value reads as a field: not a placeholder,
  // a random string or a lone `secretKey:`.
  { file: 'src/providers.ts', text: 'const stripe = {\n  name: "stripe",\n  secretKey: "changeme",\n};', secret: 'changeme', line: 3 },
  { file: 'src/providers.ts', text: 'const stripe = {\n  name: "stripe",\n  secretKey: "Kq8vZ2pL0rT5wX9y",\n};', secret: 'Kq8vZ2pL0rT5wX9y', line: 3 },
  { file: 'src/providers.ts', text: 'const app = {\n  name: "app",\n  secretKey: "mySecretKey",\n};', secret: 'mySecretKey', line: 3 },
  { file: 'src/providers.ts', text: 'const hook = { secretKey: "webhookKey" };', secret: 'webhookKey' },
  // A literal `name:` is a tenant's or an app's, whose `secretKey` is its key; a kebab-case phrase is no field; a `name:`
  // of an object inside this one says nothing; the other Helm rules stay out of code.
  { file: 'src/tenants.js', text: "const tenants = [\n  {\n    name: 'acme',\n    secretKey: 'acmeSigningKey',\n  },\n];", secret: 'acmeSigningKey', line: 4 },
  { file: 'src/storage.js', text: "const client = new Minio.Client({\n  name: uploads,\n  secretKey: 'correct-horse-battery-staple',\n});", secret: 'correct-horse-battery-staple', line: 3 },
  { file: 'src/app.ts', text: "const app = { owner: { name: ops }, secretKey: 'acmeSigningKey' };", secret: 'acmeSigningKey' },
  { file: 'src/app.ts', text: "const app = {\n  name: process.env.APP_NAME,\n  secretKey: 'acmeSigningKey',\n};", secret: 'acmeSigningKey', line: 3 },
  { file: 'src/app.ts', text: "const app = {\n  name: bucketName,\n  secretKey: 'acmeprodsigning',\n};", secret: 'acmeprodsigning', line: 3 },
  { file: 'src/app.ts', text: "const app = {\n  name: Config.APP_NAME,\n  secretKey: 'authToken',\n};", secret: 'authToken', line: 3 },
  { file: 'app/apps.py', text: 'APPS = [\n    {\n        "name": "billing",\n        "secret_key": "billing_hmac_key",\n    },\n]', secret: 'billing_hmac_key', line: 4 },
  { file: 'src/auth.ts', text: "const jwtSecret = 'jwt-secret';", secret: 'jwt-secret' },
  { file: 'src/config.js', text: "module.exports = {\n  sessionSecret: 'session-secret',\n};", secret: 'session-secret', line: 2 },
  { file: 'app/settings.py', text: 'CONFIG = {\n    "appSecret": "app-secret",\n}', secret: 'app-secret', line: 2 },
  // In YAML, a field's name in camel case beside an empty `secretName:` is the value itself.
  { file: 'charts/app/values.yaml', text: 'backups:\n  secretName: ""\n  secretKey: backupsUploaderPass', secret: 'backupsUploaderPass', line: 3 },
  { file: 'charts/app/values.yaml', text: 's3:\n  secretName: ""\n  secretKey: changeme', secret: 'changeme', line: 3 },
  // A provider's secret key given to its client, set to no key, is a notice (the provider refuses it); the same value
  // anywhere else (a constant, a configuration, a signing call) and a random one given to the client are errors.
  { file: 'src/config/stripe.ts', text: "export const STRIPE_SECRET_KEY = 'sk_nothing_here';", secret: 'sk_nothing_here', context: 'production', severity: 'error' },
  { file: 'config/initializers/stripe.rb', text: "config.stripe.secret_key = 'nothing-here'", secret: 'nothing-here', context: 'production', severity: 'error' },
  { file: 'src/billing.ts', text: "const stripe = new Stripe(STRIPE_SECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa');", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  { file: 'config/settings.yml', text: 'stripe_secret_key: q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  // Values that look like a path or a call but are neither (base64 holds `/` between runs of mixed case, and a call
  // quotes an argument), or that are no YAML: INI and `.properties` values are strings, whatever they hold.
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    environment:\n      SECRET_KEY: /Xk3r9q2/LmZp8Qw', secret: '/Xk3r9q2/LmZp8Qw', line: 4 },
  { file: 'config/app.yml', text: 'app:\n  secret: /k3J9dQ2xZ7/secret', secret: '/k3J9dQ2xZ7/secret', line: 2 },
  { file: 'run.sh', text: 'echo "/opt/app/SECRET_KEY=Zq8sT2vBJw5yKp0cN7pL user=$USER"', secret: 'Zq8sT2vBJw5yKp0cN7pL' },
  { file: 'src/main/resources/application.properties', text: 'app.secret_key=Pa55(word)', secret: 'Pa55(word)' },
  { file: 'k8s/hub-config.yaml', text: 'data:\n  jupyterhub_config.py: |\n    c.JupyterHub.cookie_secret = "Xk3r9q2LmZp8Qw7t"', secret: 'Xk3r9q2LmZp8Qw7t', line: 3 },
  { file: 'k8s/hub-config.yaml', text: 'data:\n  jupyterhub_config.py: |\n    c.JupyterHub.cookie_secret = Xk3r9q2LmZp8Qw7tLmZp8Qw7t', secret: 'Xk3r9q2LmZp8Qw7tLmZp8Qw7t', line: 3 },
  { file: 'config/app.yml', text: 'auth:\n  jwt_secret: Pa55(word)', secret: 'Pa55(word)', line: 2 },
  { file: 'config/app.yml', text: 'app:\n  secret_key: Pa55word()', secret: 'Pa55word()', line: 2 },
  { file: 'src/main/resources/application.properties', text: 'jwt.secret=decode("Zq8sT2vBJw5yKp0cN7pL")', secret: 'decode("Zq8sT2vBJw5yKp0cN7pL")' },
  { file: 'src/main/resources/application.java', text: 'String jwtSecret = "ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)";', secret: 'ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)' },
  // Without the Secret's name beside it, on the same level, a `…SecretKey:` holds a value.
  { file: 'charts/minio/values.yaml', text: 'minio:\n  accessKey: enterprise-logs\n  secretKey: supersecret', secret: 'supersecret', line: 3 },
  // A pair of one word and each key's initials only beside its access key so written: elsewhere, a weak key.
  { file: 'charts/app/values.yaml', text: 'externalS3:\n  accessKey: "minio"\n  secretKey: "sk-difyai"', secret: 'sk-difyai', line: 3 },
  { file: 'charts/app/values.yaml', text: 'externalS3:\n  accessKey: "ak-other"\n  secretKey: "sk-difyai"', secret: 'sk-difyai', line: 3 },
  // A self-hosted store's secret key set to a word its access key is not; a random one beside the same word.
  { file: 'docker-compose.yml', text: 'services:\n  profiles:\n    environment:\n      AWS_ACCESS_KEY: "sentry"\n      AWS_SECRET_KEY: "relay"', secret: 'relay', line: 5 },
  { file: 'install/bootstrap.sh', text: 's3cmd --access_key=sentry --secret_key=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa ls', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa' },
  // Django's key beside another store's access key set to the same word.
  { file: 'app/settings.py', text: 'SECRET_KEY = "sentry"\nAWS_ACCESS_KEY_ID = "sentry"', secret: 'sentry' },
  // In code a self-hosted store's pair is what its operator chose.
  { file: 'conf/settings.py', text: "MINIO_ACCESS_KEY = 'AK_shop'\nMINIO_SECRET_KEY = 'SK_shop'\n", secret: 'SK_shop', line: 2 },
  { file: 'values.yaml', text: 'storage:\n  s3:\n    awsSecretKey: Zq8sT2vBJw5yKp0cN7pL\n  awsSecretName: other', secret: 'Zq8sT2vBJw5yKp0cN7pL', line: 3 },
  { file: 'values.yaml', text: 'jwt:\n  secret:\n    key: Zq8sT2vBJw5yKp0cN7pL4vR9', secret: 'Zq8sT2vBJw5yKp0cN7pL4vR9', line: 3 },
  // Under a configuration key, a value that repeats the key is a lazy weak value, not a name.
  { file: 'src/hooks.ts', text: "const hook = { url: 'https://example.com', signingKey: 'signing_key' };", secret: 'signing_key' },
  { file: 'config/app.php', text: "    'app_secret' => 'app-secret',", secret: 'app-secret' },
  { file: 'config/settings.yml', text: 'jwt:\n  jwt_key: jwt', secret: 'jwt', line: 2 },
  { file: 'app.py', text: "app.config['SECRET_KEY'] = 'secret-key'", secret: 'secret-key' },
  // Configuration templates, to copy and fill in, are read in the syntax they become. A placeholder there is a
  // notice; a real-looking value was copied from a real file, or ships as everyone's default.
  { file: 'config/secrets.yml.example', text: 'production:\n  secret_key_base: 8f2a9c7e1b4d6f3a5c8e2b9d7f1a4c6e8b3d5f7a9c2e4b6d8f1a3c5e7b9d2f4a6', secret: '8f2a9c7e1b4d6f3a5c8e2b9d7f1a4c6e8b3d5f7a9c2e4b6d8f1a3c5e7b9d2f4a6', line: 2, context: 'production', severity: 'error' },
  { file: 'settings.template.yml', text: 'server:\n  secret_key: "a3f9c2e17b4d8f6a0c5e9b2d7f1a4c8e"', secret: 'a3f9c2e17b4d8f6a0c5e9b2d7f1a4c8e', line: 2, context: 'production', severity: 'error' },
  { file: 'settings.py.dist', text: "SECRET_KEY = 'Zq8sT2vBJw5yKp0cN7pL4vR9tW3yB6cD'", secret: 'Zq8sT2vBJw5yKp0cN7pL4vR9tW3yB6cD', context: 'production', severity: 'error' },
  // A source file whose name merely ends in a template word is no copy to fill in.
  { file: 'src/email_template.py', text: "SECRET_KEY = 'dev'", secret: 'dev', context: 'production', severity: 'error' },
  { file: 'container/settings.template.yml', text: 'server:\n  secret_key: "ultrasecretkey"', secret: 'ultrasecretkey', line: 2, context: 'example', severity: 'notice' },
  { file: 'app/config/parameters.yml.dist', text: 'parameters:\n    secret: ThisTokenIsNotSoSecretChangeIt', secret: 'ThisTokenIsNotSoSecretChangeIt', line: 2, context: 'example', severity: 'notice' },
  { file: 'local_settings.py.sample', text: "SECRET_KEY = 'fill-me-in-9Qz'", secret: 'fill-me-in-9Qz', context: 'example', severity: 'notice' },
  // Django's own mark of a key unfit to deploy, in a copy to fill in: a placeholder.
  { file: 'docker-compose-sample.yaml', text: 'services:\n  web:\n    environment:\n      SECRET_KEY: django-insecure-q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL  # Change this', secret: 'django-insecure-q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL', line: 4, context: 'example', severity: 'notice' },
  // A configuration named as a template that no engine fills in (no `{{`, `{%`, `<%`, `${`) is a copy to fill in too.
  { file: 'config/site.yml.tmpl', text: '# Copy this file to site.yml\nsecret_token: "change-me"\ntime_zone: "UTC"', secret: 'change-me', line: 2, context: 'example', severity: 'notice' },
  { file: 'config/site.yml.tmpl', text: 'secret_token: "Zq8sT2vBJw5yKp0cN7pL4vR9tW3yB6cD"', secret: 'Zq8sT2vBJw5yKp0cN7pL4vR9tW3yB6cD', context: 'production', severity: 'error' },
  { file: 'deploy/app.yml.tmpl', text: 'secret_token: "change-me"\nhost: "{{ .Host }}"', secret: 'change-me', context: 'production', severity: 'error' },
  { file: 'deploy/app.yml.tmpl', text: 'secret_token: "change-me"\nhost: $HOST', secret: 'change-me', context: 'production', severity: 'error' },
  { file: 'deploy/app.yml.tmpl', text: 'secret_token: "change-me"\nhost: [[ .Host ]]', secret: 'change-me', context: 'production', severity: 'error' },
  // …and so is a configuration file named with a word for an example first or last (airflow-helm's sample values).
  { file: 'charts/airflow/sample-values-CeleryExecutor.yaml', text: 'airflow:\n  webserverSecretKey: "THIS IS UNSAFE!"', secret: 'THIS IS UNSAFE!', line: 2, context: 'example', severity: 'notice' },
  { file: 'deploy/values-example.yaml', text: 'auth:\n  jwtSecret: changeme', secret: 'changeme', line: 2, context: 'example', severity: 'notice' },
  { file: 'config/example_settings.json', text: '{"secret_key": "your-secret-key"}', secret: 'your-secret-key', context: 'example', severity: 'notice' },
  // …or as a part of its own between dots, further in (svix's bridge configuration).
  { file: 'bridge/svix-bridge.example.receivers.yaml', text: 'receivers:\n  - name: "hook"\n    verification:\n      endpoint_secret: "change-me-webhook"', secret: 'change-me-webhook', line: 4, context: 'example', severity: 'notice' },
  { file: 'charts/app/values.sample.prod.yaml', text: 'app:\n  secretKey: changeme', secret: 'changeme', line: 2, context: 'production', severity: 'error' },
  // Not a real-looking value there, nor a word in the middle, nor code, nor `template.yaml` (AWS SAM's own).
  { file: 'charts/app/sample-values.yaml', text: 'app:\n  secretKey: "a3f9c2e17b4d8f6a0c5e9b2d7f1a4c8e"', secret: 'a3f9c2e17b4d8f6a0c5e9b2d7f1a4c8e', line: 2, context: 'production', severity: 'error' },
  { file: 'charts/app/values-sample-prod.yaml', text: 'app:\n  secretKey: changeme', secret: 'changeme', line: 2, context: 'production', severity: 'error' },
  { file: 'app/sample_app.py', text: "SECRET_KEY = 'changeme'", secret: 'changeme', context: 'production', severity: 'error' },
  { file: 'template.yaml', text: 'Globals:\n  Function:\n    Environment:\n      Variables:\n        JWT_SECRET: changeme', secret: 'changeme', line: 5, context: 'production', severity: 'error' },
  // An OpenAPI document's examples are examples: in a request's or a schema's `example:` or `examples:`, not elsewhere,
  // and only in a document that says it is one.
  { file: 'openapi.yml', text: 'openapi: 3.0.3\npaths:\n  /webhooks:\n    post:\n      requestBody:\n        content:\n          application/json:\n            example:\n              name: Test Webhook\n              secretToken: SecureSecretTokenHere', secret: 'SecureSecretTokenHere', line: 10, context: 'example', severity: 'notice' },
  { file: 'api/spec.yaml', text: 'swagger: "2.0"\ndefinitions:\n  Hook:\n    type: object\n    examples:\n      default:\n        value:\n          jwtSecret: q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 8, context: 'example', severity: 'notice' },
  { file: 'openapi.yml', text: 'info:\n  title: API\nopenapi: 3.1.0\ncomponents:\n  schemas:\n    Hook:\n      example: { secretToken: AnotherTokenValue }', secret: 'AnotherTokenValue', line: 7, context: 'example', severity: 'notice' },
  { file: 'openapi.yml', text: 'openapi: 3.0.3\nx-config:\n  secret_key: q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa\ncomponents:\n  examples:\n    Hook:\n      value: {}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 3, context: 'production', severity: 'error' },
  { file: 'config/app.yml', text: 'example:\n  secretToken: SecureSecretTokenHere', secret: 'SecureSecretTokenHere', line: 2, context: 'production', severity: 'error' },
  // A framework's mode set on the same command (or its `\` continuation) says whose value it is.
  { file: 'Makefile', text: 'dev:\n\tMIX_ENV=dev \\\n\tSECRET_KEY_BASE=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa \\\n\tiex -S mix phx.server', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 3, context: 'development', severity: 'warning' },
  { file: 'bin/jest.sh', text: 'NODE_ENV=test JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa npx jest', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'test', severity: 'notice' },
  // Given to the command that runs the tests: a Makefile's `test:` recipe (its `@` silencing the line), a script.
  { file: 'Makefile', text: 'test:\n\t@GO111MODULE=on SERVER_ENDPOINT=localhost:9000 ACCESS_KEY=minio SECRET_KEY=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa go test -race -v ./...', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'test', severity: 'notice' },
  { file: 'bin/check.sh', text: 'JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa npm test', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'test', severity: 'notice' },
  { file: 'Makefile', text: 'test:\n\t@SECRET_KEY=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa go test ./...\n\t-JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJb pytest', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'test', severity: 'notice' },
  { file: 'Makefile', text: 'test:\n\t+SECRET_KEY=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa ./run-checks', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'production', severity: 'error' },
  { file: 'Makefile', text: 'spec:\n\t@NODE_ENV=test JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa node run.js', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'test', severity: 'notice' },
  { file: 'Makefile', text: 'e2e:\n\t+JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa npm test', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'test', severity: 'notice' },
  // Only a recipe line's own first word carries a recipe's prefix.
  { file: 'Makefile', text: 'run:\n\tcd app && @NODE_ENV=test JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa node run.js', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'production', severity: 'error' },
  { file: 'bin/run.sh', text: '-NODE_ENV=test JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa node run.js', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  { file: 'bin/check.sh', text: 'SECRET_KEY=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa python -m pytest tests/', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'test', severity: 'notice' },
  // Given to a server or to a command named like a runner, it is the command's.
  { file: 'Makefile', text: 'run:\n\t@SECRET_KEY=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa ./server', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'production', severity: 'error' },
  { file: 'bin/start.sh', text: 'JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa npm start', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  { file: 'bin/start.sh', text: 'JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa go testserver', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  { file: 'scripts/start.sh', text: 'NODE_ENV=production JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa node server.js', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  { file: 'scripts/start.sh', text: 'export NODE_ENV=development\nJWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa node server.js', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'production', severity: 'error' },
  // Only the command that sets the value counts: not another one on the line, nor a comment.
  { file: 'scripts/release.sh', text: 'NODE_ENV=test npm test && JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa node deploy.js --prod', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  { file: 'Makefile', text: 'release:\n\tMIX_ENV=test mix test; \\\n\tSECRET_KEY_BASE=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa MIX_ENV=prod mix release', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 3, context: 'production', severity: 'error' },
  { file: 'scripts/start.sh', text: 'JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa node server.js # NODE_ENV=test', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', context: 'production', severity: 'error' },
  // In code, an object given as an `example` in a file of schemas: what API documentation shows.
  { file: 'lib/app_web/open_api_schemas.ex', text: 'defmodule AppWeb.OpenApiSchemas do\n  alias OpenApiSpex.Schema\n  def tenant, do: %Schema{\n    type: :object,\n    example: %{\n      tenant: %{\n        name: "First",\n        jwt_secret: "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n      }\n    }\n  }\nend', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 8, context: 'example', severity: 'notice' },
  { file: 'app/schemas.py', text: 'class Tenant(BaseModel):\n    jwt_secret: str\n    model_config = {"json_schema_extra": {"examples": [{"jwt_secret": "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"}]}}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 3, context: 'example', severity: 'notice' },
  // Elsewhere an `example` key names a section like any other.
  { file: 'config/services.js', text: "const schema = Joi.object({ jwtSecret: Joi.string() });\nmodule.exports = {\n  example: {\n    jwtSecret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa',\n  },\n};", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 4, context: 'production', severity: 'error' },
  { file: 'app/schemas.py', text: 'SCHEMA_VERSION = 2\nSETTINGS = {"session": {"secret_key": "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"}}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 2, context: 'production', severity: 'error' },
  { file: 'deploy.yml', text: 'openapi: 3.0.3\n---\nexample:\n  jwtSecret: q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 4, context: 'production', severity: 'error' },
  { file: 'src/main/resources/application.yml', text: 'swagger:\n  enabled: true\nexamples:\n  jwt:\n    jwt_secret: q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 5, context: 'production', severity: 'error' },
  { file: 'api.yml', text: "openapi:   '3.1'\ncomponents:\n  examples:\n    Hook:\n      jwtSecret: q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 5, context: 'example', severity: 'notice' },
  // Python: Flask
  { file: 'flaskr/__init__.py', text: "app.config.from_mapping(\n    SECRET_KEY='dev',\n    DATABASE=os.path.join(app.instance_path, 'flaskr.sqlite'),\n)", secret: 'dev', line: 2 },
  { file: 'app.py', text: 'app.config.from_mapping(SECRET_KEY="dev", DEBUG=True)', secret: 'dev' },
  { file: 'app.py', text: "app.secret_key = b'_5#y2L\"F4Q8z\\n\\xec]/'", secret: '_5#y2L"F4Q8z\\n\\xec]/' },
  { file: 'app.py', text: "app.config['SECRET_KEY'] = 'hello-world-secret'", secret: 'hello-world-secret' },
  { file: 'app.py', text: 'app.config.update(SECRET_KEY="a-flask-secret", SESSION_COOKIE_SECURE=True)', secret: 'a-flask-secret' },
  { file: 'app.py', text: 'app.config["JWT_SECRET_KEY"] = "super-secret"', secret: 'super-secret' },
  { file: 'config.py', text: "class Config:\n    DEBUG = False\n    SECRET_KEY = 'my_precious'", secret: 'my_precious', line: 3 },
  // Python: FastAPI / Starlette, PyJWT
  { file: 'main.py', text: 'app.add_middleware(SessionMiddleware, secret_key="some-random-string")', secret: 'some-random-string' },
  { file: 'main.py', text: "middleware = [Middleware(SessionMiddleware, secret_key='s3cr3t', https_only=True)]", secret: 's3cr3t' },
  { file: 'auth.py', text: 'encoded = jwt.encode({"some": "payload"}, "my-jwt-secret", algorithm="HS256")', secret: 'my-jwt-secret' },
  // A signing call given a constant of the file (the Go RealWorld app); reported where the call is.
  { file: 'common/utils.go', text: 'package common\n\n// Keep this private\nconst NBSecretPassword = "A String Very Very Very Strong!!@##$!@#$"\n\nfunc GenToken(id uint) string {\n\ttoken, _ := jwt_token.SignedString([]byte(NBSecretPassword))\n\treturn token\n}', secret: 'A String Very Very Very Strong!!@##$!@#$', line: 7 },
  { file: 'src/auth.js', text: "const SIGNING = 'dev-signing-value';\nexport const issue = (p) => jwt.sign(p, SIGNING, { expiresIn: '1h' });", secret: 'dev-signing-value', line: 2 },
  { file: 'auth.py', text: "payload = jwt.decode(token, 'my-jwt-secret', algorithms=['HS256'])", secret: 'my-jwt-secret' },
  // The slot's word with something else, or a secret's word: a key, weak or not.
  { file: 'src/auth.ts', text: "const JWT_KEY = 'jwt_secret'", secret: 'jwt_secret' },
  { file: 'src/auth.ts', text: "const JWT_KEY = 'jwt-dev-key'", secret: 'jwt-dev-key' },
  { file: 'src/auth.ts', text: "const JWT_KEY = 'jwt_token_2024_prod'", secret: 'jwt_token_2024_prod' },
  { file: 'supabase/config.toml', text: '[auth]\njwt_secret = "env-super-secret-jwt-token-42"', secret: 'env-super-secret-jwt-token-42', line: 2 },
  // A signing call given a variable that the nearest assignment above, in its block or one around it, sets to a literal.
  { file: 'src/auth.js', text: "function generateToken(user) {\n  const secret = 'k8Jd93hsL2mQ0pZx';\n  return jwt.sign({ id: user.id }, secret, { expiresIn: '1h' });\n}", secret: 'k8Jd93hsL2mQ0pZx', line: 3 },
  { file: 'src/auth.js', text: "var key = 'Zq81mD0sLw9rT4xb';\nexports.verify = (t) => jwt.verify(t, key);", secret: 'Zq81mD0sLw9rT4xb', line: 2 },
  { file: 'routes/login.js', text: "router.post('/login', async (req, res) => {\n  const secret = 'Lp09aXcvB3nm12Qe';\n  users.find((u) => {\n    if (u.ok) {\n      res.json({ token: jwt.sign(u, secret) });\n    }\n  });\n});", secret: 'Lp09aXcvB3nm12Qe', line: 5 },
  // A parameter named as the file's constant it is called with: the constant is the key.
  { file: 'token-sign.js', text: "const secret = 'Lp09aXcvB3nm12Qe';\nconst payload = { sub: 1 };\n\nfunction signToken(payload, secret) {\n  return jwt.sign(payload, secret);\n}\n\nconst token = signToken(payload, secret);", secret: 'Lp09aXcvB3nm12Qe', line: 5 },
  { file: 'main.go', text: 'package main\n\nvar hmacSampleSecret []byte = []byte("k8Jd93hsL2mQ0pZx")\n\nfunc sign(t *jwt.Token) string {\n\ts, _ := t.SignedString(hmacSampleSecret)\n\treturn s\n}', secret: 'k8Jd93hsL2mQ0pZx', line: 6 },
  { file: 'handlers/auth.go', text: 'func Login(c *gin.Context) {\n\tkey := []byte("Zq81mD0sLw9rT4xb")\n\ts, err := token.SignedString(key)\n}', secret: 'Zq81mD0sLw9rT4xb', line: 3 },
  { file: 'auth.py', text: 'import jwt\n\nkey = "Mn34bVcx98Lk23Po"\n\ndef issue(user):\n    return jwt.encode({"sub": user.id}, key, algorithm="HS256")', secret: 'Mn34bVcx98Lk23Po', line: 6 },
  { file: 'auth.py', text: 'def issue(user):\n    key: str = "Mn34bVcx98Lk23Po"\n    return jwt.encode({"sub": user.id}, key, algorithm="HS256")', secret: 'Mn34bVcx98Lk23Po', line: 3 },
  { file: 'src/main/java/app/Tokens.java', text: 'public String issue(User u) {\n    String key = "Qw12eRty56Ui78Op";\n    return JWT.create().withSubject(u.id).sign(Algorithm.HMAC256(key));\n}', secret: 'Qw12eRty56Ui78Op', line: 3 },
  // A constant named SECRET of a type named for JWTs or authentication: what the signing code elsewhere reads.
  { file: 'src/main/java/com/app/security/SecurityConstants.java', text: 'public class SecurityConstants {\n    public static final String SECRET = "SecretKeyToGenJWTs";\n    public static final long EXPIRATION_TIME = 864_000_000;\n    public static final String TOKEN_PREFIX = "Bearer ";\n}', secret: 'SecretKeyToGenJWTs', line: 2 },
  { file: 'server/src/main/kotlin/auth/JwtParams.kt', text: 'object JwtParams {\n    const val AUDIENCE = "jwt-audience"\n    const val SECRET = "k3j4h5g6f7d8s9a0q1w2"\n}', secret: 'k3j4h5g6f7d8s9a0q1w2', line: 3 },
  { file: 'src/main/java/com/app/filter/JWTAuthorizationFilter.java', text: 'public class JWTAuthorizationFilter extends BasicAuthenticationFilter {\n\n    public static final String SECRET = "Qw12eRty56Ui78OpZx90";\n}', secret: 'Qw12eRty56Ui78OpZx90', line: 3 },
  { file: 'Api/Auth/AuthOptions.cs', text: 'public static class AuthOptions\n{\n    public const string Secret = "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA";\n}', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 3 },
  // A constant of an object or class of the same file, by its qualified name (Ktor's tutorials' `object JwtConfig`).
  { file: 'server/src/main/kotlin/routes/Tokens.kt', text: 'object TokenParams {\n    const val ISSUER = "iwatch"\n    const val SECRET = "k3j4h5g6f7d8s9a0q1w2"\n}\n\nfun token(id: String): String = JWT.create()\n    .withIssuer(TokenParams.ISSUER)\n    .sign(Algorithm.HMAC256(TokenParams.SECRET))', secret: 'k3j4h5g6f7d8s9a0q1w2', line: 8 },
  { file: 'src/main/java/app/TokenService.java', text: 'public class TokenService {\n    private static final String SIGNING = "Qw12eRty56Ui78OpZx90";\n    String issue() { return JWT.create().sign(Algorithm.HMAC256(TokenService.SIGNING)); }\n}', secret: 'Qw12eRty56Ui78OpZx90', line: 3 },
  { file: 'src/Auth.php', text: "<?php\nfunction issue($payload) {\n    $key = 'Zq81mD0sLw9rT4xb';\n    return JWT::encode($payload, $key, 'HS256');\n}", secret: 'Zq81mD0sLw9rT4xb', line: 4 },
  // JavaScript / TypeScript: Express, jsonwebtoken, NestJS
  { file: 'app.js', text: "app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true }))", secret: 'keyboard cat' },
  { file: 'server.js', text: "app.use(\n  session({\n    secret: 'keyboard cat',\n    resave: false,\n    saveUninitialized: true,\n  }),\n);", secret: 'keyboard cat', line: 3 },
  // The options in a variable of any name, passed to the session middleware in the same file (express-session's README).
  { file: 'app.js', text: "var sess = {\n  secret: 'keyboard cat',\n  cookie: {}\n}\nif (app.get('env') === 'production') {\n  sess.cookie.secure = true\n}\napp.use(session(sess))", secret: 'keyboard cat', line: 2 },
  { file: 'src/config/Session.js', text: "const options = {\n  secret: 'Qw12eRty56Ui78OpZx90',\n  resave: false,\n};\nmodule.exports = expressSession(options);", secret: 'Qw12eRty56Ui78OpZx90', line: 2 },
  { file: 'server.ts', text: "app.use(cookieSession({\n  name: 'session',\n  secret: 'cookie-session-key',\n}))", secret: 'cookie-session-key', line: 3 },
  { file: 'app.js', text: "app.use(cookieParser('my cookie secret'))", secret: 'my cookie secret' },
  { file: 'routes/auth.js', text: "const token = jwt.sign({ id: user.id }, 'shhhhh');", secret: 'shhhhh' },
  { file: 'routes/auth.js', text: "const token = jwt.sign(payload, 'shhhhh', { expiresIn: '1h' });", secret: 'shhhhh' },
  { file: 'middleware/auth.js', text: "jwt.verify(token, 'shhhhh', (err, decoded) => next(err))", secret: 'shhhhh' },
  { file: 'src/auth/auth.module.ts', text: "JwtModule.register({\n  secret: 'secretKey',\n  signOptions: { expiresIn: '60s' },\n}),", secret: 'secretKey', line: 2 },
  { file: 'src/app.module.ts', text: "imports: [JwtModule.register({ global: true, secret: 'hard!to-guess_secret' })],", secret: 'hard!to-guess_secret' },
  { file: 'src/auth/constants.ts', text: "export const jwtConstants = {\n  secret: 'DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET.',\n};", secret: 'DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET.', line: 2 },
  { file: 'config.js', text: "const JWT_SECRET = 'supersecret';", secret: 'supersecret' },
  { file: 'config.ts', text: "export const SESSION_SECRET: string = 'my-session-secret';", secret: 'my-session-secret' },
  { file: 'config/default.ts', text: 'export default {\n  jwtSecret: "f8a9b0c1d2e3",\n};', secret: 'f8a9b0c1d2e3', line: 2 },
  { file: 'passport.js', text: "opts.secretOrKey = 'secret';", secret: 'secret' },
  { file: 'test-setup.js', text: "process.env.JWT_SECRET = 'hardcoded-in-setup';", secret: 'hardcoded-in-setup' },
  // Ruby: Rails, Devise, Sinatra
  { file: 'config/initializers/secret_token.rb', text: "Rails.application.config.secret_key_base = '3b7cd727ee24e8444053437c36cc66c3'", secret: '3b7cd727ee24e8444053437c36cc66c3' },
  { file: 'config/initializers/secret_token.rb', text: "MyApp::Application.config.secret_token = 'a1b2c3d4e5f6a7b8c9d0'", secret: 'a1b2c3d4e5f6a7b8c9d0' },
  { file: 'config/initializers/devise.rb', text: "  config.secret_key = 'e6d1f0a2b3c4d5e6f7a8b9c0d1e2f3a4'", secret: 'e6d1f0a2b3c4d5e6f7a8b9c0d1e2f3a4' },
  { file: 'app.rb', text: "set :session_secret, 'super secret'", secret: 'super secret' },
  { file: 'config/secrets.yml', text: 'development:\n  secret_key_base: 3b7cd727ee24e8444053437c36cc66c3aa', secret: '3b7cd727ee24e8444053437c36cc66c3aa', line: 2 },
  { file: 'config/secrets.yml', text: 'production:\n  secret_key_base: "9e1c0f2d3a4b5c6d7e8f"', secret: '9e1c0f2d3a4b5c6d7e8f', line: 2 },
  // PHP: Laravel, WordPress, Symfony
  { file: 'config/app.php', text: "    'key' => 'SomeRandomString32CharactersLong',", secret: 'SomeRandomString32CharactersLong' },
  { file: 'wp-config.php', text: "<?php\ndefine( 'AUTH_KEY', 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA+x!9Zk8sPq2LmW9xVb4N' );", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA+x!9Zk8sPq2LmW9xVb4N', line: 2 },
  { file: 'config/application.php', text: "<?php\nConfig::define('NONCE_SALT', 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA+x!9Zk8sPq2LmW9xVb4N');", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA+x!9Zk8sPq2LmW9xVb4N', line: 2 },
  // CodeIgniter 4's encryption key as its config class's property; Magento's `crypt` key; phpMyAdmin's blowfish secret.
  { file: 'app/Config/Encryption.php', text: "<?php\nclass Encryption extends BaseConfig\n{\n    public string $key = 'hex2bin:9f86d081884c7d659a2feaa0c55ad0159f86d081884c7d659a2feaa0c55ad015';\n}", secret: 'hex2bin:9f86d081884c7d659a2feaa0c55ad0159f86d081884c7d659a2feaa0c55ad015', line: 4 },
  { file: 'app/etc/env.php', text: "<?php\nreturn [\n    'crypt' => [\n        'key' => '9f86d081884c7d659a2feaa0c55ad015'\n    ],\n];", secret: '9f86d081884c7d659a2feaa0c55ad015', line: 4 },
  { file: 'config.inc.php', text: "<?php\n$cfg['blowfish_secret'] = 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA';", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 2 },
  { file: 'app/config.py', text: "SECRET_KEY = os.environ['SECRET_KEY']\nSECURITY_PASSWORD_SALT = '217439086125583907461320958872146093512'", secret: '217439086125583907461320958872146093512', line: 2 },
  { file: 'app/__init__.py', text: "app.config['SECURITY_PASSWORD_SALT'] = 'Vq3mZ8kR2xL7pN4wT9bC6hF1'", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1', line: 1 },
  { file: 'config/config.exs', text: 'config :portal, Portal.Tokens,\n  key_base: "5OVYq8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaVq3mZ8kR2xL7pN4wT9bC6hF1jD5s",\n  salt: "t01wq8Zr4nM2xV7bL1cK9pT3"', secret: '5OVYq8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaVq3mZ8kR2xL7pN4wT9bC6hF1jD5s', line: 2 },
  { file: 'docker-compose.yml', text: 'services:\n  portal:\n    image: acme/portal\n    environment:\n      TOKENS_KEY_BASE: "5OVYq8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaVq3mZ8kR2xL7pN4wT9bC6hF1jD5s"', secret: '5OVYq8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaVq3mZ8kR2xL7pN4wT9bC6hF1jD5s', line: 5 },
  { file: 'config/defaults.inc.php', text: "<?php\n$config['des_key'] = 'q8Zr4nM2xV7bL1cK9pT3wY6h';", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 2 },
  { file: 'deployment/compose/server/base.yml', text: 'services:\n  semaphore:\n    image: semaphoreui/semaphore:latest\n    environment:\n      SEMAPHORE_ACCESS_KEY_ENCRYPTION: q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 5 },
  { file: 'user/config.php', text: "<?php\ndefine( 'YOURLS_COOKIEKEY', 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaVq3mZ8kR2xL7' );", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaVq3mZ8kR2xL7', line: 2 },
  { file: 'config/environments/production.rb', text: "  config.active_record.encryption.deterministic_key = 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA'", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 1 },
  // The well-known placeholders `user` and `password` are no login's words.
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    environment:\n      S3_ACCESS_KEY: user\n      S3_SECRET_KEY: password', secret: 'password', line: 5 },
  // A random key there is a real store's; a login whose access key is another word is someone's choice.
  { file: 'deploy/k8s/app.yaml', text: 'env:\n  - name: S3_ACCESS_KEY\n    value: "Q8ZR4NM2XV7BL1CK9PT3"\n  - name: S3_SECRET_KEY\n    value: "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr', line: 5 },
  { file: 'deploy/k8s/app.yaml', text: 'env:\n  - name: S3_ACCESS_KEY\n    value: "backup_user"\n  - name: S3_SECRET_KEY\n    value: "Tr0ub4dor-and-more"', secret: 'Tr0ub4dor-and-more', line: 5 },
  { file: 'config/initializers/encryption.rb', text: 'Rails.application.configure do\n  config.active_record.encryption.primary_key = "Wq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\nend', secret: 'Wq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 2 },
  { file: 'config/encryption.yml', text: 'active_record_encryption:\n  primary_key: Xq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA\n', secret: 'Xq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 2 },
  // The same keys as a hash assigned to the settings, or as `ActiveRecord::Encryption.configure`'s arguments.
  { file: 'config/environments/production.rb', text: "Rails.application.configure do\n  config.active_record.encryption = {\n    primary_key: 'Wq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yB',\n  }\nend", secret: 'Wq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yB', line: 3 },
  { file: 'config/application.rb', text: "config.active_record.encryption = { :deterministic_key => 'Wq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yC' }", secret: 'Wq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yC', line: 1 },
  { file: 'config/initializers/encryption.rb', text: "ActiveRecord::Encryption.configure(\n  primary_key: ENV.fetch('AR_PRIMARY_KEY'),\n  key_derivation_salt: 'Wq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yD'\n)", secret: 'Wq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yD', line: 3 },
  { file: 'deploy/app.env.yml', text: "ENCRYPTION_KEY_DERIVATION_SALT: q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 1 },
  // Magento 2.0's `env.php`, as `var_export` writes it: the array opened on a line of its own.
  { file: 'app/etc/env.php', text: "<?php\nreturn array (\n  'crypt' => \n  array (\n    'key' => '9f86d081884c7d659a2feaa0c55ad015',\n  ),\n);", secret: '9f86d081884c7d659a2feaa0c55ad015', line: 5 },
  // Pyramid's signers and PasteDeploy settings; Tornado's signed values.
  { file: 'myapp/__init__.py', text: "from pyramid.session import SignedCookieSessionFactory\nmy_session_factory = SignedCookieSessionFactory('itsaseekreet')", secret: 'itsaseekreet', line: 2 },
  { file: 'myapp/security.py', text: "helper = AuthTktCookieHelper(secret='Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA')", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA' },
  { file: 'myapp/security.py', text: "policy = AuthTktAuthenticationPolicy('Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', hashalg='sha512')", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA' },
  { file: 'myapp/tokens.py', text: "serializer = SignedSerializer('Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', 'pyramid.session.')", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA' },
  { file: 'app/handlers.py', text: 'value = create_signed_value("Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA", "user", "bob")', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA' },
  { file: 'production.ini', text: '[app:main]\nuse = egg:tutorial\nauth.secret = Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 3 },
  { file: 'production.ini', text: '[app:main]\nredis.sessions.secret = Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 2 },
  // JupyterHub's Fernet keys for each user's auth state.
  { file: 'jupyterhub_config.py', text: "c.CryptKeeper.keys = ['8f3a9c2e7b1d4f6a0c5e9b2d7f1a3c8e4b6d0f2a9c8e7d6b5a4f3e2d1c0b9a8f']", secret: '8f3a9c2e7b1d4f6a0c5e9b2d7f1a3c8e4b6d0f2a9c8e7d6b5a4f3e2d1c0b9a8f' },
  { file: 'deploy/start.sh', text: 'export JUPYTERHUB_CRYPT_KEY=8f3a9c2e7b1d4f6a0c5e9b2d7f1a3c8e4b6d0f2a9c8e7d6b5a4f3e2d1c0b9a8f', secret: '8f3a9c2e7b1d4f6a0c5e9b2d7f1a3c8e4b6d0f2a9c8e7d6b5a4f3e2d1c0b9a8f' },
  // Self-hosted products' own names: n8n's credentials key, Outline's internal signing secret.
  { file: 'docker-compose.yml', text: 'services:\n  n8n:\n    image: n8nio/n8n\n    environment:\n      - N8N_ENCRYPTION_KEY=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA\n', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 5 },
  { file: 'docker-compose.yml', text: 'services:\n  outline:\n    environment:\n      UTILS_SECRET: 9f86d081884c7d659a2feaa0c55ad0159f86d081884c7d659a2feaa0c55ad015\n', secret: '9f86d081884c7d659a2feaa0c55ad0159f86d081884c7d659a2feaa0c55ad015', line: 4 },
  // A real-looking key in an S3 backend is reported, whatever its shape (an R2 or MinIO key is no AWS one).
  { file: 'backend.tf', text: 'terraform {\n  backend "s3" {\n    bucket     = "tf-state"\n    secret_key = "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 4 },
  // Another block's `secret_key` after an AWS provider's has closed stays a finding.
  { file: 'main.tf', text: 'provider "aws" {\n  region = "us-east-1"\n}\n\nresource "minio_iam_user" "app" {\n  secret_key = "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n}', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 6 },
  // An application's own data key: encrypting what it stores, as Laravel's APP_KEY does.
  { file: 'docker-compose.yml', text: 'services:\n  teslamate:\n    environment:\n      - ENCRYPTION_KEY=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA\n', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 4 },
  { file: 'config/configuration.yml', text: 'storage:\n  encryption_key: Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yAq8Zr4nM2xV7b\n', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yAq8Zr4nM2xV7b', line: 2 },
  // hapi seals its cookies with a `password`: `@hapi/cookie`'s `cookie`, `server.state`, `@hapi/yar`'s `cookieOptions`.
  { file: 'server.js', text: "await server.register(require('@hapi/cookie'));\nserver.auth.strategy('session', 'cookie', {\n  cookie: {\n    name: 'sid-example',\n    password: '!wsYhFA*C2U6nz=Bu^%A@^F#SF3&kSR6',\n    isSecure: false\n  }\n});", secret: '!wsYhFA*C2U6nz=Bu^%A@^F#SF3&kSR6', line: 5 },
  { file: 'lib/plugins/state.js', text: "exports.plugin = { register(server) {\n  server.state('data', {\n    encoding: 'iron',\n    password: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yAq8Zr4nM2'\n  });\n} };", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yAq8Zr4nM2', line: 4 },
  { file: 'server.js', text: "const Yar = require('@hapi/yar');\nawait server.register({ plugin: Yar, options: { cookieOptions: { password: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yAq8Zr4nM2', isSecure: true } } });", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yAq8Zr4nM2', line: 2 },
  // cloud-init's user data as a script: read as shell, the value ends where the word does.
  { file: 'cloud/user-data', text: '#!/bin/bash\nexport SECRET_KEY=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA; systemctl start app', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 2 },
  // Directus's bare `SECRET`, in a compose file that runs its image.
  { file: 'docker-compose.yml', text: 'services:\n  directus:\n    image: directus/directus:11.1.0\n    environment:\n      KEY: "255d861b-5ea1-5996-9aa3-922530ec40b1"\n      SECRET: "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 6 },
  { file: 'compose.yml', text: 'services:\n  cms:\n    image: "directus/directus"\n    environment:\n      - SECRET=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA\n', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 5 },
  { file: 'compose.yml', text: 'services:\n  cms:\n    image: ghcr.io/directus/directus:11\n    environment:\n      SECRET: Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA\n', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 5 },
  // An image's own secret, named for the image in the compose file that runs it (Fathom's session key).
  { file: 'docker-compose.yml', text: 'services:\n  fathom:\n    image: usefathom/fathom:latest\n    ports:\n      - "8080:8080"\n    environment:\n      - "FATHOM_DEBUG=false"\n      - "FATHOM_SECRET=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yAq8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n    restart: always', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yAq8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 8 },
  { file: 'compose.yml', text: 'services:\n  cms:\n    image: ${DIRECTUS_IMAGE:-directus/directus:11}\n    environment:\n      SECRET: Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA\n', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 5 },
  // Yii 2's cookie validation key, and CakePHP's salt: in 2.x's `core.php`, in `config/app.php` from 3.x on.
  { file: 'config/web.php', text: "<?php\n$config = [\n    'components' => [\n        'request' => [\n            'cookieValidationKey' => 'q8Jd0sLk2mPz9XvB7nQw4rTy',\n        ],\n    ],\n];", secret: 'q8Jd0sLk2mPz9XvB7nQw4rTy', line: 5 },
  { file: 'frontend/config/main-local.php', text: "return ['components' => ['request' => ['cookieValidationKey' => 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA']]];", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA' },
  { file: 'app/Config/core.php', text: "<?php\n\tConfigure::write('Security.salt', 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA');", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 2 },
  { file: 'config/app.php', text: "<?php\nreturn [\n    'Security' => [\n        'salt' => '9b2c6e1f0a8d3c7b5e4f2a1d9c8b7e6f5a4d3c2b1e0f9a8d7c6b5e4f3a2d1c0b',\n    ],\n];", secret: '9b2c6e1f0a8d3c7b5e4f2a1d9c8b7e6f5a4d3c2b1e0f9a8d7c6b5e4f3a2d1c0b', line: 4 },
  { file: 'config/app_local.php', text: "    'Security' => [\n        'salt' => '9b2c6e1f0a8d3c7b5e4f2a1d9c8b7e6f5a4d3c2b1e0f9a8d7c6b5e4f3a2d1c0b',\n    ],", secret: '9b2c6e1f0a8d3c7b5e4f2a1d9c8b7e6f5a4d3c2b1e0f9a8d7c6b5e4f3a2d1c0b', line: 2 },
  { file: 'config/app.php', text: "'key' => \"base64:Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5\",", secret: 'base64:Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5' },
  { file: 'wp-config.php', text: "define( 'AUTH_KEY', 'q@R7!x~V2|zN)k8Lm^P0s' );", secret: 'q@R7!x~V2|zN)k8Lm^P0s' },
  { file: 'src/Security.php', text: "$secretKey = 'php-secret-key';", secret: 'php-secret-key' },
  { file: 'config/packages/framework.yaml', text: "framework:\n    secret: 'a-symfony-secret'", secret: 'a-symfony-secret', line: 2 },
  // Java / Kotlin / Spring
  { file: 'src/main/resources/application.properties', text: 'jwt.secret=mySecretKey123', secret: 'mySecretKey123' },
  { file: 'src/main/resources/application.properties', text: 'jwt.secret = mySecretKey123', secret: 'mySecretKey123' },
  { file: 'src/main/resources/application.properties', text: 'app.jwt-secret: javainuse-secret', secret: 'javainuse-secret' },
  { file: 'src/main/resources/application.yml', text: 'jwt:\n  secret: mySecretKey123\n  expiration: 86400', secret: 'mySecretKey123', line: 2 },
  // JHipster's JWT key, as its generated apps hold it and as its Docker files set it.
  { file: 'src/main/resources/config/application-prod.yml', text: 'jhipster:\n  security:\n    authentication:\n      jwt:\n        # This token must be encoded using Base64\n        base64-secret: Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1UaZq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua\n        token-validity-in-seconds: 86400', secret: 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1UaZq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua', line: 6 },
  { file: 'src/main/resources/config/application.properties', text: 'jhipster.security.authentication.jwt.base64-secret=Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1UaZq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua', secret: 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1UaZq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua' },
  { file: 'src/main/docker/app.yml', text: 'services:\n  app:\n    environment:\n      - JHIPSTER_SECURITY_AUTHENTICATION_JWT_BASE64_SECRET=Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1UaZq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua', secret: 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1UaZq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua', line: 4 },
  { file: 'src/main/resources/application.yml', text: 'app:\n  security:\n    jwt:\n      secret: "c2VjcmV0LWtleQ=="', secret: 'c2VjcmV0LWtleQ==', line: 4 },
  { file: 'JwtUtil.java', text: '    private static final String SECRET_KEY = "mySecretKey";', secret: 'mySecretKey' },
  { file: 'JwtTokenProvider.java', text: '    private String jwtSecret = "javainuse";', secret: 'javainuse' },
  { file: 'Auth.kt', text: 'val jwtSecret: String = "kotlin-secret"', secret: 'kotlin-secret' },
  { file: 'JwtProvider.java', text: '        .signWith(SignatureAlgorithm.HS512, "jjwt-secret")', secret: 'jjwt-secret' },
  { file: 'src/Token.php', text: "$jwt = JWT::encode($payload, 'php-jwt-key', 'HS256');", secret: 'php-jwt-key' },
  { file: 'lib/token.rb', text: "JWT.encode(payload, 'ruby-jwt-secret', 'HS256')", secret: 'ruby-jwt-secret' },
  { file: 'config.ru', text: "use Rack::Session::Cookie, key: 'rack.session', secret: 'rack-cookie-secret'", secret: 'rack-cookie-secret' },
  // Go
  { file: 'main.go', text: 'var jwtKey = []byte("my_secret_key")', secret: 'my_secret_key' },
  { file: 'auth/jwt.go', text: '\tjwtSecret := []byte("secret")', secret: 'secret' },
  { file: 'auth/jwt.go', text: '\ttokenString, err := token.SignedString([]byte("secret"))', secret: 'secret' },
  { file: 'config.go', text: 'const SecretKey = "welcome to wonderland"', secret: 'welcome to wonderland' },
  { file: 'server.go', text: 'e.Use(echojwt.WithConfig(echojwt.Config{\n\tSigningKey: []byte("secret"),\n}))', secret: 'secret', line: 2 },
  // Words with a number in code are a key all the same.
  { file: 'src/webhooks.js', text: "const sig = crypto.createHmac('sha256', 'acme-webhook-signing-2024').update(body).digest('hex');", secret: 'acme-webhook-signing-2024' },
  // YAML: docker-compose, Kubernetes, Helm, GitHub Actions
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    environment:\n      SECRET_KEY: dev-secret-key', secret: 'dev-secret-key', line: 4 },
  { file: 'docker-compose.yml', text: '    environment:\n      - SECRET_KEY=dev-secret-key\n      - DEBUG=1', secret: 'dev-secret-key', line: 2 },
  { file: 'compose.yaml', text: '    environment:\n      - "JWT_SECRET=abcdef123"', secret: 'abcdef123', line: 2 },
  // An `x-*` fragment takes the context of the services that merge it: development when each of them is, or when it says so.
  { file: 'docker-compose.yml', text: 'x-app-env: &app-env\n  JWT_SECRET: "q8Zr4nM2xV7bL1cK9pT3wY6h"\n\nservices:\n  app:\n    build: .\n    environment:\n      <<: *app-env\n    command: flask run --reload\n  db:\n    image: postgres:16', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 2, context: 'development', severity: 'warning' },
  { file: 'docker-compose.yml', text: 'x-env: &env\n  JWT_SECRET: "q8Zr4nM2xV7bL1cK9pT3wY6h"\nservices:\n  web:\n    environment: *env\n    command: gunicorn app:app\n  worker:\n    environment:\n      <<: *env\n    command: flask run --reload', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 2, context: 'production', severity: 'error' },
  { file: 'docker-compose.yml', text: 'x-env: &env\n  JWT_SECRET: "q8Zr4nM2xV7bL1cK9pT3wY6h"\nservices:\n  web:\n    image: acme/app\n    command: gunicorn app:app', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 2, context: 'production', severity: 'error' },
  { file: 'compose.yaml', text: 'x-env: &env\n  NODE_ENV: development\n  SESSION_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\nservices:\n  web:\n    image: acme/web\n    environment: *env', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 3, context: 'development', severity: 'warning' },
  // A service whose own variable names its deployment or stage as this machine's or development's (share-api's
  // `SHARE_DEPLOYMENT=local`), as `NODE_ENV` does; production's stays production.
  { file: 'docker/docker-compose.share.yml', text: 'services:\n  share:\n    environment:\n      - SHARE_DEPLOYMENT=local\n      - SHARE_JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 5, context: 'development', severity: 'warning' },
  { file: 'docker-compose.yml', text: 'services:\n  api:\n    environment:\n      APP_ENVIRONMENT: development\n      JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 5, context: 'development', severity: 'warning' },
  { file: 'docker-compose.yml', text: 'services:\n  api:\n    environment:\n      SHARE_DEPLOYMENT: production\n      JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 5, context: 'production', severity: 'error' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    environment:\n      OTEL_RESOURCE_ATTRIBUTES: "service.name=web,deployment.environment=dev"\n      JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 5, context: 'production', severity: 'error' },
  // YAML's merge is shallow: a service's own `environment:` replaces the fragment's, development mode and all.
  { file: 'compose.yaml', text: 'x-common: &common\n  environment:\n    NODE_ENV: development\nservices:\n  web:\n    <<: *common\n    environment:\n      SESSION_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 8, context: 'production', severity: 'error' },
  // A flow mapping's merge, and a host for this machine given only as a default.
  { file: 'docker-compose.yml', text: 'x-env: &env\n  JWT_SECRET: "q8Zr4nM2xV7bL1cK9pT3wY6h"\nservices:\n  app:\n    environment: {<<: *env}\n    command: npm run dev', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 2, context: 'development', severity: 'warning' },
  // A server run in its own development mode: Ory's `serve --dev`, Keycloak's `start-dev`.
  { file: 'docker-compose.yml', text: 'services:\n  kratos-selfservice-ui-node:\n    image: oryd/kratos-selfservice-ui-node\n    environment:\n      - COOKIE_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6h\n    command: serve -c /etc/config/kratos/kratos.yml --dev --watch-courier', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 5, context: 'development', severity: 'warning' },
  { file: 'docker-compose.yml', text: 'services:\n  keycloak:\n    image: quay.io/keycloak/keycloak\n    command: ["start-dev"]\n    environment:\n      KC_SPI_SECRET_KEY: q8Zr4nM2xV7bL1cK9pT3wY6h', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 6, context: 'development', severity: 'warning' },
  // Nothing but Hoppscotch's collections substitutes `<<name>>`: elsewhere it is a placeholder.
  { file: 'config/app.yml', text: 'auth:\n  session_secret: "<<session_key>>"', secret: '<<session_key>>', line: 2 },
  { file: 'src/auth.ts', text: 'export const auth = { secretKey: "<<secretVarKey>>" };', secret: '<<secretVarKey>>' },
  // A block of values whose heading comment says they serve a build only (formbricks' read-secrets.sh, run around
  // `pnpm build` in its Dockerfile); not one that names the run time too, nor one a blank line parts from it.
  { file: 'scripts/docker/read-secrets.sh', text: '#!/bin/sh\n# Build-time fallbacks used only when Docker secrets are unavailable.\nDEFAULT_DATABASE_URL="postgresql://localhost/app"\nDEFAULT_ENCRYPTION_KEY="0123456789abcdef0123456789abcdef"\n', secret: '0123456789abcdef0123456789abcdef', line: 4, context: 'build', severity: 'notice' },
  // A real-looking key there is the deployment's own; a sub-heading about something else, or another language, says nothing.
  { file: 'scripts/docker/read-secrets.sh', text: '#!/bin/sh\n# Build-time fallbacks used only when Docker secrets are unavailable.\nDEFAULT_ENCRYPTION_KEY="q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 3, context: 'production', severity: 'error' },
  { file: 'scripts/env.sh', text: '#!/bin/sh\n# Build-time settings\nexport NODE_OPTIONS=--max-old-space-size=4096\n# Session signing\nexport SESSION_SECRET="changeme-session"\n', secret: 'changeme-session', line: 5, context: 'production', severity: 'error' },
  { file: 'settings.py', text: '# Never expose these at build time\nSECRET_KEY = "changeme-django-key"\n', secret: 'changeme-django-key', line: 2, context: 'production', severity: 'error' },
  { file: 'scripts/docker/read-secrets.sh', text: '#!/bin/sh\n# Fallbacks used at build time and at run time.\nDEFAULT_ENCRYPTION_KEY="q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 3, context: 'production', severity: 'error' },
  { file: 'scripts/docker/read-secrets.sh', text: '#!/bin/sh\n# Build-time settings.\nexport NODE_OPTIONS=--max-old-space-size=4096\n\nDEFAULT_ENCRYPTION_KEY="q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 5, context: 'production', severity: 'error' },
  // A framework's own key setting takes the string as the key, even one spelt as a variable's name.
  { file: 'config/environments/production.rb', text: 'Rails.application.configure do\n  config.secret_key_base = "SECRET_TOKEN"\nend', secret: 'SECRET_TOKEN', line: 2 },
  { file: 'app.py', text: 'app = Flask(__name__)\napp.secret_key = "APP_SECRET"', secret: 'APP_SECRET', line: 2 },
  // A service built here with the checkout mounted over its code runs the source as it is edited: the whole file is
  // the developers' stack, a broker's key beside it included; a service that sets a production mode keeps its own.
  { file: 'docker-compose.yml', text: 'services:\n  app_php:\n    build:\n      context: .\n      dockerfile: ./data/infra/php.Dockerfile\n    volumes:\n      - ./:/home/app/www\n      - ./data/infra/php.ini:/usr/local/etc/php/php.ini\n  mercure:\n    image: dunglas/mercure\n    environment:\n      MERCURE_PUBLISHER_JWT_KEY: q8Zr4nM2xV7bL1cK9pT3wY6h\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 12, context: 'development', severity: 'warning' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    build: .\n    volumes:\n    - ./:/app\n    environment:\n      SESSION_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 7, context: 'development', severity: 'warning' },
  { file: 'docker/compose.yaml', text: 'services:\n  web:\n    build: ..\n    volumes:\n      - ..:/srv/app:cached\n    environment:\n      - JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6h\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 7, context: 'development', severity: 'warning' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    build: .\n    volumes:\n      - type: bind\n        source: .\n        target: /app\n  redis:\n    image: redis\n    environment:\n      REDIS_SECRET_KEY: q8Zr4nM2xV7bL1cK9pT3wY6h\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 11, context: 'development', severity: 'warning' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    build: .\n    volumes:\n      - ${PWD}:/app\n    environment:\n      SESSION_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 7, context: 'development', severity: 'warning' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    build: .\n    volumes:\n      - ./data:/data\n      - ./nginx.conf:/etc/nginx/nginx.conf\n    environment:\n      SESSION_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 8, context: 'production', severity: 'error' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    image: nginx\n    volumes:\n      - ./:/usr/share/nginx/html\n  api:\n    image: acme/api\n    environment:\n      SESSION_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 9, context: 'production', severity: 'error' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    build: .\n    volumes:\n      - .:/app\n    environment:\n      NODE_ENV: production\n      SESSION_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 8, context: 'production', severity: 'error' },
  // Not when the path or anything in the file says production, nor for a folder mounted beside a compose file kept in
  // a subfolder (nginx's own configuration).
  { file: 'docker-compose.prod.yml', text: 'services:\n  app:\n    build: .\n    volumes:\n      - ./:/var/www\n  api:\n    image: acme/api\n    environment:\n      JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 9, context: 'production', severity: 'error' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    build: .\n    volumes:\n      - .:/app\n    environment:\n      RAILS_ENV: ${RAILS_ENV:-production}\n  api:\n    image: acme/api\n    environment:\n      JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 11, context: 'production', severity: 'error' },
  { file: 'docker-compose.yml', text: 'x-prod: &prod\n  NODE_ENV: production\n  SESSION_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\nservices:\n  web:\n    build: .\n    volumes:\n      - ./:/app\n    environment:\n      <<: *prod\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 3, context: 'production', severity: 'error' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    build:\n      context: .\n      target: production\n    volumes:\n      - ./:/app\n    environment:\n      SESSION_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 9, context: 'production', severity: 'error' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    build: .\n    volumes:\n      - ./:/app\n  api:\n    image: acme/api\n    environment:\n      NODE_ENV: production\n  mercure:\n    image: dunglas/mercure\n    environment:\n      MERCURE_PUBLISHER_JWT_KEY: q8Zr4nM2xV7bL1cK9pT3wY6h\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 13, context: 'production', severity: 'error' },
  { file: 'nginx/docker-compose.yml', text: 'services:\n  proxy:\n    build: .\n    volumes:\n      - ./:/etc/nginx/conf.d:ro\n  api:\n    image: acme/api\n    environment:\n      JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 9, context: 'production', severity: 'error' },
  { file: 'docker-compose.yml', text: 'services:  # the stack\n  app: &app\n    build: .\n    volumes:  # live code\n      - "./:/srv/app"\n  api:\n    image: acme/api\n    environment:\n      JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 9, context: 'development', severity: 'warning' },
  // `--no-dev` installs without development packages: a production build.
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    command: sh -c "composer install --no-dev && php-fpm"\n    environment:\n      JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 5, context: 'production', severity: 'error' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    environment:\n      JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n    labels:\n      - traefik.http.routers.web.rule=Host(`${DOMAIN:-app.localhost}`)', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 4, context: 'production', severity: 'error' },
  // Each anchored mapping inside a fragment counts on its own: a production service's takes no development from beside it.
  { file: 'docker-compose.yml', text: 'x-environments:\n  dev: &dev-env\n    NODE_ENV: development\n    JWT_SECRET: dev-only-secret\n  prod: &prod-env\n    NODE_ENV: production\n    JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\nservices:\n  web:\n    image: acme/web\n    command: node server.js\n    environment: *prod-env', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 7, context: 'production', severity: 'error' },
  { file: 'docker-compose.yml', text: 'x-app: &app\n  image: acme/app\n  environment: &app-env\n    JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n  command: npm run dev\nservices:\n  web:\n    image: acme/app\n    command: node server.js\n    environment: *app-env', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 4, context: 'production', severity: 'error' },
  // A name for this machine among others (a list of origins, `Host(a) || Host(b)`) says nothing.
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    command: gunicorn app:app\n    environment:\n      JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n      CORS_ORIGINS: https://app.acme.io,http://app.localhost\n    labels:\n      - traefik.http.routers.web.rule=Host(`app.acme.io`) || Host(`app.localhost`)', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 5, context: 'production', severity: 'error' },
  // A fragment's development mode, merged by a service that sets production over it, says nothing of the fragment.
  { file: 'docker-compose.yml', text: 'x-env: &env\n  NODE_ENV: development\n  JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\nservices:\n  web:\n    environment:\n      <<: *env\n      NODE_ENV: production', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 3, context: 'production', severity: 'error' },
  // A service reached by a name that resolves to this machine only is the developers' stack; a health check on localhost is not.
  { file: 'docker-compose.yml', text: 'x-env: &env\n  JWT_SECRET: "q8Zr4nM2xV7bL1cK9pT3wY6h"\nservices:\n  app:\n    build: .\n    environment:\n      <<: *env\n    networks:\n      default:\n        aliases:\n          - app.lvh.me', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 2, context: 'development', severity: 'warning' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    environment:\n      JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n    labels:\n      - traefik.http.routers.web.rule=Host(`web.localhost`)', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 4, context: 'development', severity: 'warning' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    environment:\n      JWT_SECRET: q8Zr4nM2xV7bL1cK9pT3wY6h\n    healthcheck:\n      test: curl -f http://localhost:8000/health', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 4, context: 'production', severity: 'error' },
  { file: 'k8s/secret.yaml', text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  SECRET_KEY: s3cr3t-value', secret: 's3cr3t-value', line: 6 },
  { file: 'k8s/secret.yaml', text: 'kind: Secret\ndata:\n  JWT_SECRET: c3VwZXJzZWNyZXQ=', secret: 'c3VwZXJzZWNyZXQ=', line: 3 },
  { file: 'k8s/deployment.yaml', text: '        env:\n          - name: SECRET_KEY\n            value: "django-insecure-xyz"', secret: 'django-insecure-xyz', line: 3 },
  { file: 'charts/app/values.yaml', text: 'app:\n  secretKey: "changeme"', secret: 'changeme', line: 2 },
  { file: '.github/workflows/ci.yml', text: 'jobs:\n  test:\n    env:\n      JWT_SECRET: test-secret-for-ci', secret: 'test-secret-for-ci', line: 4 },
  // JSON
  { file: 'config.json', text: '{"SECRET_KEY": "abc123xyz"}', secret: 'abc123xyz' },
  { file: 'config/default.json', text: '{\n  "jwtSecret": "node-config-secret",\n  "port": 3000\n}', secret: 'node-config-secret', line: 2 },
  { file: 'appsettings.json', text: '{\n  "Jwt": {\n    "Key": "ThisIsMySecretKeyForJwt",\n    "Issuer": "me"\n  }\n}', secret: 'ThisIsMySecretKeyForJwt', line: 3 },
  // .NET binds a section to a class named for it (`services.Configure<JwtSettings>(…GetSection("JwtSettings"))`):
  // the section's name is the class's, `Settings`, `Options` or `Config` after what it configures.
  { file: 'appsettings.json', text: '{\n  "JwtSettings": {\n    "Secret": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA",\n    "Issuer": "api"\n  }\n}', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 3 },
  { file: 'appsettings.Development.json', text: '{\n  "JwtSettings": {\n    "Issuer": "api",\n    "Key": "dev-signing-key-for-local-tokens"\n  }\n}', secret: 'dev-signing-key-for-local-tokens', line: 4 },
  { file: 'appsettings.json', text: '{\n  "JwtOptions": {\n    "Key": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 3 },
  { file: 'appsettings.json', text: '{\n  "JwtConfiguration": {\n    "Secret": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 3 },
  // The JWT tutorials' `AppSettings` class: `Encoding.ASCII.GetBytes(_appSettings.Secret)` signs the tokens.
  { file: 'WebApi/appsettings.json', text: '{\n  "AppSettings": {\n    "Secret": "THIS IS USED TO SIGN AND VERIFY JWT TOKENS, REPLACE IT WITH YOUR OWN SECRET"\n  }\n}', secret: 'THIS IS USED TO SIGN AND VERIFY JWT TOKENS, REPLACE IT WITH YOUR OWN SECRET', line: 3 },
  { file: 'config/settings.yml', text: 'sessionOptions:\n  secret: Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 2 },
  // A JWT section's key named for the type it becomes: `new SymmetricSecurityKey(Encoding.UTF8.GetBytes(tokenOptions.SecurityKey))`.
  { file: 'WebAPI/appsettings.json', text: '{\n  "TokenOptions": {\n    "Audience": "a@a.com",\n    "Issuer": "a@a.com",\n    "AccessTokenExpiration": 10,\n    "SecurityKey": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 6 },
  { file: 'appsettings.json', text: '{\n  "JwtSettings": {\n    "SecurityKey": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 3 },
  // Two words after what the section configures, as the class is named: `Configure<JwtConfigOptions>(GetSection("JwtConfigOptions"))`.
  { file: 'appsettings.json', text: '{\n  "JwtConfigOptions": {\n    "Issuer": "api",\n    "SecurityKey": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 4 },
  // ASP.NET Boilerplate's template: the JWT bearer handler's section, under `Authentication`, with the template's key renamed.
  { file: 'src/Acme.Web.Host/appsettings.json', text: '{\n  "Authentication": {\n    "JwtBearer": {\n      "IsEnabled": "true",\n      "SecurityKey": "Acme_C421AAEE0D114E9C",\n      "Issuer": "Acme",\n      "Audience": "Acme"\n    }\n  }\n}', secret: 'Acme_C421AAEE0D114E9C', line: 5 },
  { file: 'appsettings.json', text: '{ "JwtBearer": { "Key": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA" } }', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 1 },
  { file: 'docker-compose.yml', text: 'services:\n  api:\n    environment:\n      Authentication__JwtBearer__SecurityKey: Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 4 },
  // A section on one line: its members are in it, first or not.
  { file: 'appsettings.json', text: '{\n  "JwtSettings": { "Secret": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA" },\n  "AllowedHosts": "*"\n}', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 2 },
  { file: 'appsettings.json', text: '{ "Jwt": { "Issuer": "api", "Audience": "web", "Key": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA" } }', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 1 },
  { file: 'appsettings.json', text: '{\n  "Jwt": {\n    "Issuer": "api", "Key": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 3 },
  { file: 'config/default.json', text: '{ "authentication": { "entity": "user", "secret": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA" } }', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 1 },
  // The DatingApp course's apps (and Kavita after them) sign with `new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["TokenKey"]))`,
  // the course's first version with `GetSection("AppSettings:Token")`: in appsettings files only.
  { file: 'API/appsettings.json', text: '{\n  "TokenKey": "super secret unguessable key that is long enough for HMAC-SHA512 signing",\n  "AllowedHosts": "*"\n}', secret: 'super secret unguessable key that is long enough for HMAC-SHA512 signing', line: 2 },
  { file: 'API/appsettings.Development.json', text: '{\n  "ConnectionStrings": {\n    "DefaultConnection": "Data source=datingapp.db"\n  },\n  "TokenKey": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n}', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 5 },
  { file: 'DatingApp.API/appsettings.json', text: '{\n  "AppSettings": {\n    "Token": "super secret key"\n  },\n  "Logging": {}\n}', secret: 'super secret key', line: 3 },
  { file: 'appsettings.json', text: '{ "AppSettings": { "Token": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA" } }', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 1 },
  // The same key given to ASP.NET Core as an environment variable: `__` stands for `:`.
  { file: 'docker-compose.yml', text: 'services:\n  api:\n    environment:\n      JwtSettings__Secret: Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 4 },
  { file: 'docker-compose.yml', text: 'services:\n  api:\n    environment:\n      - AppSettings__Secret=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 4 },
  // Feathers signs JWTs with `authentication.secret`, which its generator writes into config/default.json.
  // .NET's HMAC key for JWTs, from a literal's bytes.
  { file: 'src/Conduit/ServicesExtensions.cs', text: 'var signingKey = new SymmetricSecurityKey("somethinglongerforthisalgorithm"u8.ToArray());', secret: 'somethinglongerforthisalgorithm' },
  { file: 'Program.cs', text: 'IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("Zk8sPq2LmW9xVb4NzR5tQw")),', secret: 'Zk8sPq2LmW9xVb4NzR5tQw' },
  { file: 'Startup.cs', text: 'var key = new SymmetricSecurityKey(Convert.FromBase64String("q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4="));', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4=' },
  { file: 'src/Conduit/ServicesExtensions.cs', text: 'var signingKey = new SymmetricSecurityKey(\n    "somethinglongerforthisdumbalgorithm"u8.ToArray()\n);', secret: 'somethinglongerforthisdumbalgorithm', line: 2 },
  // A signing call's arguments wrapped over lines, as Prettier writes them.
  { file: 'src/auth.js', text: "const token = jwt.sign(\n  { id: user.id },\n  'wrapped-sign-secret',\n  { expiresIn: '1h' },\n);", secret: 'wrapped-sign-secret', line: 3 },
  // gofiber's contrib/jwt takes the key in a `SigningKey` struct.
  { file: 'middleware/auth.go', text: 'package middleware\n\nvar cfg = jwtware.Config{\n\tSigningKey: jwtware.SigningKey{Key: []byte("fiber-jwt-key")},\n}', secret: 'fiber-jwt-key', line: 4 },
  { file: 'middleware/auth.go', text: 'package middleware\n\nvar cfg = jwtware.Config{SigningKey: jwtware.SigningKey{JWTAlg: jwtware.HS256, Key: []byte("fiber-hs256-key")}}', secret: 'fiber-hs256-key', line: 3 },
  { file: 'config/default.json', text: '{\n  "port": 3030,\n  "authentication": {\n    "entity": "user",\n    "secret": "Yq3pmR8f7w2ZsKXbJd9Vt4Lc",\n    "authStrategies": ["jwt", "local"]\n  }\n}', secret: 'Yq3pmR8f7w2ZsKXbJd9Vt4Lc', line: 5 },
  { file: 'config/production.json', text: '{\n  "authentication": {\n    "secret": "prod-feathers-secret"\n  }\n}', secret: 'prod-feathers-secret', line: 3 },
  { file: 'ecs-task.json', text: '{ "name": "JWT_SECRET", "value": "ecs-task-secret" }', secret: 'ecs-task-secret' },
  // TOML
  { file: 'config.toml', text: 'secret_key = "toml-secret-value"', secret: 'toml-secret-value' },
  { file: 'netlify.toml', text: '[build.environment]\n  SESSION_SECRET = "netlify-session"', secret: 'netlify-session', line: 2 },
  // INI, systemd
  { file: 'config.ini', text: '[app]\nsecret_key = abcdef123', secret: 'abcdef123', line: 2 },
  { file: 'development.ini', text: 'session.secret = itsaseekreet', secret: 'itsaseekreet' },
  { file: 'uwsgi.ini', text: 'env = SECRET_KEY=uwsgi-secret', secret: 'uwsgi-secret' },
  { file: 'app.service', text: '[Service]\nEnvironment=SECRET_KEY=abc123def', secret: 'abc123def', line: 2 },
  { file: 'app.service', text: 'Environment="JWT_SECRET=systemd secret" "PORT=8000"', secret: 'systemd secret' },
  // Dockerfile
  { file: 'Dockerfile', text: 'ENV SECRET_KEY=abc123', secret: 'abc123' },
  { file: 'Dockerfile', text: 'ENV SECRET_KEY abc123', secret: 'abc123' },
  { file: 'Dockerfile', text: 'ARG JWT_SECRET=devsecret', secret: 'devsecret' },
  { file: 'Dockerfile.prod', text: 'ENV DEBUG=0 SECRET_KEY=abc123 PORT=8000', secret: 'abc123' },
  // Shell
  { file: 'scripts/env.sh', text: 'export SECRET_KEY=abc123', secret: 'abc123' },
  // A flag on a command line is set as any assignment is; inside a quoted string the value ends with the string.
  { file: 'bin/run.sh', text: 'exec app --jwt-secret=Zk8sPq2LmW9xVb4N --port 80', secret: 'Zk8sPq2LmW9xVb4N' },
  { file: 'bin/run.sh', text: 'exec app "--authkey=Zk8sPq2LmW9xVb4N"', secret: 'Zk8sPq2LmW9xVb4N' },
  { file: 'install/s3.sh', text: "docker compose exec app sh -c 's3cmd --access_key=app --secret_key=q8Zr4nM2xV7bL1cK --no-ssl sync /data s3://b/'", secret: 'q8Zr4nM2xV7bL1cK' },
  { file: 'install/s3.sh', text: 'sh -c "s3cmd --secret_key=\'Nk8sPq2 LmW9xVb4N\' --no-ssl"', secret: 'Nk8sPq2 LmW9xVb4N' },
  { file: 'install/run.sh', text: 'sh -c "app --jwt-secret=Ak8sPq2LmW9xVb4N;run"', secret: 'Ak8sPq2LmW9xVb4N' },
  { file: 'bin/run.sh', text: 'exec app "--jwt-secret=Zk8sPq2 LmW9xVb4N"', secret: 'Zk8sPq2 LmW9xVb4N' },
  { file: 'scripts/env.sh', text: 'export JWT_SECRET="abc 123"', secret: 'abc 123' },
  { file: 'run.sh', text: "SECRET_KEY='abc' python manage.py runserver", secret: 'abc' },
  { file: 'deploy.sh', text: 'heroku config:set SECRET_KEY=heroku-secret-value', secret: 'heroku-secret-value' },
  // The value inside a dotenv line written by code is still read.
  { file: 'install.php', text: "        $lines = ['JWT_SECRET' => 'JWT_SECRET=q7Zx2vN9kLm4pR8wT1yB6'];", secret: 'q7Zx2vN9kLm4pR8wT1yB6' },
  // A shell line writing YAML with `:` still sets a value.
  { file: 'setup.sh', text: 'echo "secret_key: Zq8sT2vBJw5yKp0c" >> config.yml', secret: 'Zq8sT2vBJw5yKp0c' },
  // HCL: Terraform
  { file: 'variables.tf', text: 'variable "secret_key" {\n  type    = string\n  default = "tf-default-secret"\n}', secret: 'tf-default-secret', line: 3 },
  { file: 'terraform.tfvars', text: 'secret_key = "tfvars-secret"', secret: 'tfvars-secret' },
  { file: 'ecs.tf', text: '  environment = {\n    SECRET_KEY = "tf-env-secret"\n  }', secret: 'tf-env-secret', line: 2 },
  // Call signatures in Go session stores
  { file: 'main.go', text: 'var store = sessions.NewCookieStore([]byte("something-very-secret"))', secret: 'something-very-secret' },
  { file: 'main.go', text: '	store := cookie.NewStore([]byte("gin-session-secret"))', secret: 'gin-session-secret' },
  { file: 'main.go', text: 'var s = securecookie.New([]byte("very-secret-hash-key"), nil)', secret: 'very-secret-hash-key' },
  { file: 'main.go', text: 'var tokenAuth = jwtauth.New("HS256", []byte("chi-dev-signing-key"), nil)', secret: 'chi-dev-signing-key' },
  // jose checks HS256 tokens with the bytes of a key: `new TextEncoder().encode('…')`; Node's `Buffer.from('…')`.
  { file: 'middleware.ts', text: "import { jwtVerify } from 'jose'\nconst key = new TextEncoder().encode('jose-dev-secret-key')\nexport async function verify(token: string) {\n  return jwtVerify(token, key)\n}", secret: 'jose-dev-secret-key', line: 4 },
  { file: 'middleware.ts', text: "const { payload } = await jwtVerify(token, new TextEncoder().encode('inline-jose-key'))", secret: 'inline-jose-key' },
  { file: 'lib/auth.ts', text: "export const JWT_SECRET = new TextEncoder().encode('jose-secret-value')", secret: 'jose-secret-value' },
  { file: 'lib/auth.js', text: "const token = jwt.sign(payload, Buffer.from('buffer-key-value'))", secret: 'buffer-key-value' },
  // NextAuth and Better Auth sign and encrypt their session tokens with `secret`.
  { file: 'src/auth.ts', text: "export const auth = betterAuth({ secret: 'better-auth-dev-key', emailAndPassword: { enabled: true } })", secret: 'better-auth-dev-key' },
  { file: 'pages/api/auth/[...nextauth].ts', text: "export const authOptions: NextAuthOptions = {\n  providers: [],\n  secret: 'next-auth-dev-key',\n}", secret: 'next-auth-dev-key', line: 3 },
  { file: 'pages/api/auth/[...nextauth].js', text: "export default NextAuth({ providers: [], secret: 'next-auth-dev-key' })", secret: 'next-auth-dev-key' },
  // A chart's values nest NextAuth's secret under its name (langfuse's `nextauth: secret:`).
  { file: 'charts/langfuse/values.yaml', text: 'langfuse:\n  nextauth:\n    url: http://localhost:3000\n    secret: q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa', line: 4 },
  // Single quotes that do not interpolate
  { file: 'wp-config.php', text: "define( 'LOGGED_IN_KEY', 'h$Xq7!mZ@3Kp#Vd^9Lw&Rb*2Tn(Yc_Gf+Ej)Us4Q' );", secret: 'h$Xq7!mZ@3Kp#Vd^9Lw&Rb*2Tn(Yc_Gf+Ej)Us4Q' },
  { file: 'deploy.sh', text: "export SECRET_KEY='pa$$word-literal'", secret: 'pa$$word-literal' },
  // A value beside its name only as a sibling
  { file: 'k8s/deployment.yaml', text: '        env:\n          - name: JWT_SECRET\n            # rotated quarterly\n            value: jwt-literal', secret: 'jwt-literal', line: 4 },
  { file: 'task.json', text: '{\n  "name": "SECRET_KEY",\n  "value": "pretty-json-value"\n}', secret: 'pretty-json-value', line: 3 },
  { file: 'phpunit.xml', text: '<env name="APP_KEY"\n     value="base64:cGhwdW5pdGtleQ=="/>', secret: 'base64:cGhwdW5pdGtleQ==', line: 2 },
  { file: 'Web.config', text: '<add key="JwtSecret" value="web-config-secret" />', secret: 'web-config-secret' },
  // Nested keys with siblings before them
  { file: 'appsettings.Development.json', text: '{\n  "Jwt": {\n    "Issuer": "https://localhost:5001",\n    "Key": "dev-jwt-signing-key"\n  }\n}', secret: 'dev-jwt-signing-key', line: 4 },
  { file: 'app/config/parameters.yml', text: 'parameters:\n    database_host: 127.0.0.1\n    secret: ThisTokenIsNotSoSecretChangeIt', secret: 'ThisTokenIsNotSoSecretChangeIt', line: 3 },
  // A trailing comment after a real value
  { file: 'config/secrets.yml', text: 'production:\n  secret_key_base: 9e1c0f2d3a4b5c6d7e8f # rotate me', secret: '9e1c0f2d3a4b5c6d7e8f', line: 2 },
  // Sections a path cannot see: a value set for one build command, a build argument's default
  { file: 'Dockerfile', text: 'RUN SECRET_KEY=dummy python manage.py collectstatic --noinput', secret: 'dummy', context: 'build', severity: 'notice' },
  { file: 'Dockerfile', text: 'RUN pip install -r requirements.txt && \\\n    SECRET_KEY=dummy python manage.py collectstatic', secret: 'dummy', line: 2, context: 'build' },
  { file: 'Dockerfile', text: 'RUN --mount=type=cache,target=/root/.cache DEBUG=0 SECRET_KEY=dummy python manage.py collectstatic', secret: 'dummy', context: 'build' },
  { file: 'Dockerfile', text: 'RUN export SECRET_KEY=dummy && python manage.py collectstatic', secret: 'dummy', context: 'build' },
  { file: 'Dockerfile', text: 'RUN SECRET_KEY_BASE=dummy bundle exec rails assets:precompile', secret: 'dummy', context: 'build' },
  { file: 'Dockerfile', text: 'RUN <<EOF\nSECRET_KEY=dummy python manage.py collectstatic\nEOF', secret: 'dummy', line: 2, context: 'build' },
  { file: 'Dockerfile', text: 'ARG SECRET_KEY=dummy', secret: 'dummy', context: 'build', severity: 'notice' },
  { file: 'build.sh', text: 'docker run --rm \\\n  -e SECRET_KEY=dummy \\\n  app python manage.py collectstatic --noinput', secret: 'dummy', line: 2, context: 'build' },
  { file: 'build.sh', text: 'docker run --rm --env SECRET_KEY=dummy app bundle exec rails assets:precompile', secret: 'dummy', context: 'build' },
  { file: 'build.sh', text: 'docker build --build-arg SECRET_KEY=dummy -t app .', secret: 'dummy', context: 'build' },
  { file: 'bin/render-build.sh', text: 'SECRET_KEY_BASE=dummy bundle exec rails assets:precompile', secret: 'dummy', context: 'build' },
  { file: 'Makefile', text: 'static:\n\tSECRET_KEY=dummy python manage.py collectstatic --noinput', secret: 'dummy', line: 2, context: 'build' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    build:\n      args:\n        SECRET_KEY: dummy\n    environment:\n      SECRET_KEY: compose-runtime-key', secret: 'dummy', line: 5, context: 'build' },
  // …and their near misses: what persists into the image or the container stays production
  { file: 'Dockerfile', text: 'ENV SECRET_KEY=dummy', secret: 'dummy', context: 'production', severity: 'error' },
  { file: 'Dockerfile', text: 'RUN echo "SECRET_KEY=baked-into-image" >> /app/.env', secret: 'baked-into-image', context: 'production' },
  { file: 'Dockerfile', text: 'RUN echo SECRET_KEY=baked-into-image >> /app/.env', secret: 'baked-into-image', context: 'production' },
  { file: 'Dockerfile', text: 'COPY <<EOF /app/.env\nSECRET_KEY=baked-into-image\nEOF', secret: 'baked-into-image', line: 2, context: 'production' },
  { file: 'deploy.sh', text: 'docker run -d -e SECRET_KEY=live-container-key app gunicorn mysite.wsgi', secret: 'live-container-key', context: 'production' },
  // (Django's development server is run with it, in a script that runs it: development's.)
  { file: 'run.sh', text: 'SECRET_KEY=one-command-key python manage.py runserver', secret: 'one-command-key', context: 'development', severity: 'warning' },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    build:\n      args:\n        SECRET_KEY: dummy\n    environment:\n      SECRET_KEY: compose-runtime-key', secret: 'compose-runtime-key', line: 7, context: 'production' },
  // Env-keyed YAML (Rails `secrets.yml`): the `development:` and `test:` blocks
  { file: 'config/secrets.yml', text: 'development:\n  secret_key_base: 3b7cd727ee24e8444053437c36cc66c3aa', secret: '3b7cd727ee24e8444053437c36cc66c3aa', line: 2, context: 'development', severity: 'warning' },
  { file: 'config/secrets.yml', text: 'default: &default\n  adapter: x\n\ntest:\n  <<: *default\n  secret_key_base: 9f2e1d0c8b7a6f5e4d3c2b1a', secret: '9f2e1d0c8b7a6f5e4d3c2b1a', line: 6, context: 'test', severity: 'notice' },
  { file: 'config/secrets.yml', text: 'test:\n  secret_key_base: 1111aaaa\nproduction:\n  secret_key_base: 9e1c0f2d3a4b5c6d7e8f', secret: '9e1c0f2d3a4b5c6d7e8f', line: 4, context: 'production', severity: 'error' },
  { file: 'config/secrets.yml', text: 'shared:\n  development: true\n  secret_key_base: shared-9e1c0f2d3a4b', secret: 'shared-9e1c0f2d3a4b', line: 3, context: 'production' },
  // Branches that run outside production only: development; a condition that also holds in production guards nothing.
  { file: 'lib/hooks/session/index.js', text: "if (!app.config.session.secret && process.env.NODE_ENV !== 'production') {\n  app.config.session.secret = 'extremely-secure-keyboard-cat';\n}", secret: 'extremely-secure-keyboard-cat', line: 2, context: 'development', severity: 'warning' },
  { file: 'src/app.ts', text: "if (app.get('env') === 'development') app.use(session({ secret: 'dev-only-session' }));", secret: 'dev-only-session', context: 'development' },
  { file: 'src/app.ts', text: "if (isDev)\n  config.jwtSecret = 'dev-only-jwt';", secret: 'dev-only-jwt', line: 2, context: 'development' },
  { file: 'src/app.ts', text: "if (isProduction) {\n  config.jwtSecret = process.env.JWT_SECRET;\n} else {\n  config.jwtSecret = 'dev-else-jwt';\n}", secret: 'dev-else-jwt', line: 4, context: 'development' },
  { file: 'src/app.ts', text: "if ('production' !== process.env.NODE_ENV) {\n  const s = `${a}}`; // }\n  config.jwtSecret = 'dev-after-template';\n}", secret: 'dev-after-template', line: 3, context: 'development' },
  { file: 'src/app.ts', text: "if (!config.jwtSecret || process.env.NODE_ENV !== 'production') {\n  config.jwtSecret = 'or-guards-nothing';\n}", secret: 'or-guards-nothing', line: 2, context: 'production', severity: 'error' },
  { file: 'src/app.ts', text: "if (process.env.NODE_ENV === 'production') {\n  config.jwtSecret = 'prod-branch-jwt';\n}", secret: 'prod-branch-jwt', line: 2, context: 'production' },
  { file: 'src/app.ts', text: "if (process.env.NODE_ENV !== 'production') {\n  log('dev');\n}\nconfig.jwtSecret = 'after-the-branch';", secret: 'after-the-branch', line: 4, context: 'production' },
  { file: 'src/app.ts', text: "if (!isDev) {\n  config.jwtSecret = 'not-dev-branch';\n}", secret: 'not-dev-branch', line: 2, context: 'production' },
  { file: 'myapp/settings.py', text: 'if DEBUG:\n    SECRET_KEY = "debug-only-django-key"\nelse:\n    SECRET_KEY = os.environ["SECRET_KEY"]', secret: 'debug-only-django-key', line: 2, context: 'development' },
  { file: 'myapp/settings.py', text: 'if os.environ.get("DJANGO_ENV") == "production":\n    SECRET_KEY = os.environ["SECRET_KEY"]\nelse:\n    # local\n    SECRET_KEY = "else-of-production"', secret: 'else-of-production', line: 5, context: 'development' },
  { file: 'myapp/settings.py', text: 'if not DEBUG:\n    SECRET_KEY = "not-debug-key"', secret: 'not-debug-key', line: 2, context: 'production' },
  { file: 'myapp/settings.py', text: 'if DEBUG or FORCE:\n    SECRET_KEY = "debug-or-force"', secret: 'debug-or-force', line: 2, context: 'production' },
  { file: 'myapp/settings.py', text: 'if DEBUG:\n    pass\nSECRET_KEY = "after-debug-block"', secret: 'after-debug-block', line: 3, context: 'production' },
  { file: 'tests/app.test.ts', text: "if (process.env.NODE_ENV !== 'production') {\n  config.jwtSecret = 'test-file-branch';\n}", secret: 'test-file-branch', line: 2, context: 'test' },
  // A file that imports a test framework is test code, wherever it sits (a vitest setup file listed in `setupFiles`).
  { file: 'apps/web/integration/setup.ts', text: "import { vi } from 'vitest';\n\nprocess.env.JWT_SECRET = 'setup-9e1c0f2d-key';\nvi.mock('server-only', () => ({}));", secret: 'setup-9e1c0f2d-key', line: 3, context: 'test', severity: 'notice' },
  { file: 'src/helpers/auth.js', text: "const test = require('node:test');\nconst config = { jwtSecret: 'helper-9e1c0f2d-key' };", secret: 'helper-9e1c0f2d-key', line: 2, context: 'test' },
  { file: 'src/runner.ts', text: "const runner = 'vitest';\nimport { x } from './vitest-helpers';\nconst config = { jwtSecret: 'runner-9e1c0f2d-key' };", secret: 'runner-9e1c0f2d-key', line: 3, context: 'production', severity: 'error' },
  // After an exit in production (`if (isProduction) throw …`), the rest of the block runs only outside production.
  { file: 'packages/core/src/config.js', text: "if (!config.jwtSecret) {\n  if (process.env.NODE_ENV === 'production') throw new Error('JWT_SECRET is required')\n  config.jwtSecret = 'dev-only-secret'\n}\nmodule.exports = config", secret: 'dev-only-secret', line: 3, context: 'development', severity: 'warning' },
  { file: 'src/server.ts', text: "if (isProduction) {\n  throw new Error('the dev server does not run in production');\n}\n\nconst app = express();\napp.use(session({ secret: 'dev-server-session' }));", secret: 'dev-server-session', line: 6, context: 'development' },
  { file: 'src/config.js', text: "function load(config) {\n  if (process.env.NODE_ENV === 'production') process.exit(1);\n  config.jwtSecret = 'exit-dev';\n}", secret: 'exit-dev', line: 3, context: 'development' },
  { file: 'src/config.js', text: "if (process.env.NODE_ENV === 'production' && !process.env.JWT_SECRET) throw new Error('JWT_SECRET is required');\nconfig.jwtSecret = 'after-compound-throw';", secret: 'after-compound-throw', line: 2, context: 'production', severity: 'error' },
  { file: 'src/config.js', text: "function a(x) {\n  if (isProduction) throw new Error('no');\n  x.secret = 'in-a';\n}\nconfig.jwtSecret = 'after-the-function';", secret: 'after-the-function', line: 5, context: 'production' },
  { file: 'src/config.js', text: "if (isDev) throw new Error('production only');\nconfig.jwtSecret = 'after-dev-throw';", secret: 'after-dev-throw', line: 2, context: 'production' },
  { file: 'src/config.js', text: "if (isProduction) {\n  throw new Error('no');\n  log('x');\n} else {\n  x = 1;\n}\nconfig.jwtSecret = 'after-else-of-throw';", secret: 'after-else-of-throw', line: 7, context: 'production' },
  // Where a branch ends, and what is not one: an outer `else`, code after a block whose regexes or JSX hold quotes
  // and braces, a guard in a comment or string, code on the guard's own line beside the branch.
  { file: 'src/config.js', text: "function configure(config) {\n  if (config.useEnv) {\n    if (process.env.NODE_ENV === 'production') {\n      assertSecrets(config);\n    }\n  } else {\n    config.jwtSecret = 'outer-else-prod';\n  }\n}", secret: 'outer-else-prod', line: 7, context: 'production' },
  { file: 'src/config.js', text: "if (isDev) {\n  x = x.replace(/['\"]/g, '');\n  y = y.replace(/\\{/g, '(');\n}\nconfig.jwtSecret = 'after-regex-prod';", secret: 'after-regex-prod', line: 5, context: 'production' },
  { file: 'src/App.jsx', text: "if (__DEV__) {\n  render(<span>Don't ship</span>);\n}\nconfig.appSecret = 'after-jsx-prod';", secret: 'after-jsx-prod', line: 4, context: 'production' },
  { file: 'src/config.js', text: "// if (process.env.NODE_ENV !== 'production') {\nconfig.sessionSecret = 'after-comment-prod';", secret: 'after-comment-prod', line: 2, context: 'production' },
  { file: 'src/config.js', text: "if (isDev) { config.jwtSecret = 'dev' } else { config.jwtSecret = 'same-line-else-prod' }", secret: 'same-line-else-prod', context: 'production' },
  { file: 'src/config.js', text: "if (isProduction) {\n  config.jwtSecret = process.env.JWT_SECRET;\n} else { config.jwtSecret = 'else-on-closing-line' }", secret: 'else-on-closing-line', line: 3, context: 'production' },
  { file: 'src/config.js', text: "const { NODE_ENV } = process.env;\nif (NODE_ENV !== 'production') {\n  config.jwtSecret = 'destructured-dev';\n}", secret: 'destructured-dev', line: 3, context: 'development' },
  { file: 'src/config.js', text: "if (isDevelopment()) {\n  config.jwtSecret = 'call-dev';\n}", secret: 'call-dev', line: 2, context: 'development' },
  { file: 'src/config.js', text: "if (!(process.env.NODE_ENV === 'production')) {\n  config.jwtSecret = 'negated-dev';\n}", secret: 'negated-dev', line: 2, context: 'development' },
  { file: 'src/config.js', text: "if (!(isProduction && strict)) {\n  config.jwtSecret = 'negated-and-prod';\n}", secret: 'negated-and-prod', line: 2, context: 'production' },
  { file: 'src/config.js', text: "if (process.env.NODE_ENV !== 'production')\n{\n  config.jwtSecret = 'allman-dev';\n}", secret: 'allman-dev', line: 3, context: 'development' },
  { file: 'myapp/settings.py', text: "if not DEBUG:\n    SENTRY_DSN = os.environ['SENTRY_DSN']\ntry:\n    import local_settings\nexcept ImportError:\n    local_settings = None\nelse:\n    SECRET_KEY = 'try-else-prod'", secret: 'try-else-prod', line: 8, context: 'production' },
  { file: 'myapp/settings.py', text: 'if ENV == "production":\n    pass\nelif ENV == "development":\n    SECRET_KEY = "elif-dev"', secret: 'elif-dev', line: 4, context: 'development' },
  { file: 'myapp/settings.py', text: 'if ENV == "production":\n    SECRET_KEY = os.environ["SECRET_KEY"]\nelif ENV == "staging":\n    SECRET_KEY = "staging-elif-key"', secret: 'staging-elif-key', line: 4, context: 'production' },
  { file: 'myapp/settings.py', text: 'if DEBUG: SECRET_KEY = "inline-debug"', secret: 'inline-debug', context: 'development' },
  { file: 'tools/run.py', text: 'if args.debug:\n    SECRET_KEY = "args-debug-prod"', secret: 'args-debug-prod', line: 2, context: 'production' },
  // Spring profiles, one per document
  { file: 'src/main/resources/application.yml', text: 'jwt:\n  secret: prod-9e1c0f2d\n---\nspring:\n  config:\n    activate:\n      on-profile: dev\njwt:\n  secret: dev-9e1c0f2d', secret: 'dev-9e1c0f2d', line: 9, context: 'development' },
  { file: 'src/main/resources/application.yml', text: 'jwt:\n  secret: prod-9e1c0f2d\n---\nspring:\n  config:\n    activate:\n      on-profile: dev\njwt:\n  secret: dev-9e1c0f2d', secret: 'prod-9e1c0f2d', line: 2, context: 'production' },
  { file: 'src/main/resources/application.yml', text: '---\nspring:\n  profiles: test\njwt:\n  secret: test-9e1c0f2d', secret: 'test-9e1c0f2d', line: 5, context: 'test' },
  { file: 'src/main/resources/application.yml', text: 'spring.config.activate.on-profile: "local"\njwt.secret: local-9e1c0f2d', secret: 'local-9e1c0f2d', line: 2, context: 'development' },
  { file: 'src/main/resources/application.yml', text: 'spring:\n  profiles:\n    active: dev\njwt:\n  secret: active-9e1c0f2d', secret: 'active-9e1c0f2d', line: 5, context: 'production' },
  { file: 'src/main/resources/application.yml', text: 'spring:\n  config:\n    activate:\n      on-profile: "!prod"\njwt:\n  secret: not-prod-9e1c0f2d', secret: 'not-prod-9e1c0f2d', line: 6, context: 'production' },
  // Flask's settings classes: each named for an environment is a section of that context; the others stay the file's.
  { file: 'app/config.py', text: "import os\n\nclass Config:\n    SECRET_KEY = 'base-9e1c0f2d'\n\nclass DevelopmentConfig(Config):\n    DEBUG = True\n    SECRET_KEY = 'dev-9e1c0f2d'\n\nclass TestingConfig(Config):\n    TESTING = True\n\n    # a fixed key keeps signed fixtures stable\n    SECRET_KEY = 'test-9e1c0f2d'\n\nclass ProductionConfig(Config):\n    SECRET_KEY = 'prod-9e1c0f2d'\n", secret: 'base-9e1c0f2d', line: 4, context: 'production' },
  { file: 'app/config.py', text: "import os\n\nclass Config:\n    SECRET_KEY = 'base-9e1c0f2d'\n\nclass DevelopmentConfig(Config):\n    DEBUG = True\n    SECRET_KEY = 'dev-9e1c0f2d'\n\nclass TestingConfig(Config):\n    TESTING = True\n\n    # a fixed key keeps signed fixtures stable\n    SECRET_KEY = 'test-9e1c0f2d'\n\nclass ProductionConfig(Config):\n    SECRET_KEY = 'prod-9e1c0f2d'\n", secret: 'dev-9e1c0f2d', line: 8, context: 'development', severity: 'warning' },
  { file: 'app/config.py', text: "import os\n\nclass Config:\n    SECRET_KEY = 'base-9e1c0f2d'\n\nclass DevelopmentConfig(Config):\n    DEBUG = True\n    SECRET_KEY = 'dev-9e1c0f2d'\n\nclass TestingConfig(Config):\n    TESTING = True\n\n    # a fixed key keeps signed fixtures stable\n    SECRET_KEY = 'test-9e1c0f2d'\n\nclass ProductionConfig(Config):\n    SECRET_KEY = 'prod-9e1c0f2d'\n", secret: 'test-9e1c0f2d', line: 14, context: 'test', severity: 'notice' },
  { file: 'app/config.py', text: "import os\n\nclass Config:\n    SECRET_KEY = 'base-9e1c0f2d'\n\nclass DevelopmentConfig(Config):\n    DEBUG = True\n    SECRET_KEY = 'dev-9e1c0f2d'\n\nclass TestingConfig(Config):\n    TESTING = True\n\n    # a fixed key keeps signed fixtures stable\n    SECRET_KEY = 'test-9e1c0f2d'\n\nclass ProductionConfig(Config):\n    SECRET_KEY = 'prod-9e1c0f2d'\n", secret: 'prod-9e1c0f2d', line: 17, context: 'production' },
  // CTFd: a test class under the server's class; a nested class inherits its outer class's section.
  { file: 'CTFd/config.py', text: "class ServerConfig(object):\n    SECRET_KEY = os.getenv('SECRET_KEY')\n\n\nclass TestingConfig(ServerConfig):\n    SECRET_KEY = \"AAAAAAAAAAAAAAAAAAAA\"\n    class Nested:\n        JWT_SECRET = 'nested-9e1c0f2d'\n", secret: 'nested-9e1c0f2d', line: 8, context: 'test' },
  // A class whose name has no settings word is no section: `TestClient`, `DevTools`.
  { file: 'app/client.py', text: "class TestClient:\n    SECRET_KEY = 'client-9e1c0f2d'", secret: 'client-9e1c0f2d', line: 2, context: 'production' },
  { file: 'app/config.py', text: "class DevConfig:\n    pass\nSECRET_KEY = 'after-9e1c0f2d'", secret: 'after-9e1c0f2d', line: 3, context: 'production' },
  // pytest and tox environments
  { file: 'pyproject.toml', text: '[tool.pytest_env]\nSECRET_KEY = "pytest-env-key"', secret: 'pytest-env-key', line: 2, context: 'test', severity: 'notice' },
  { file: 'pyproject.toml', text: '[tool.pytest.ini_options]\nenv = [\n    "DJANGO_SECRET_KEY=pytest-env-key",\n    "DEBUG=1",\n]', secret: 'pytest-env-key', line: 3, context: 'test' },
  { file: 'setup.cfg', text: '[tool:pytest]\nenv =\n    D:SECRET_KEY=pytest-env-key', secret: 'pytest-env-key', line: 3, context: 'test' },
  { file: 'setup.cfg', text: '[testenv]\nsetenv =\n    SECRET_KEY = tox-env-key', secret: 'tox-env-key', line: 3, context: 'test' },
  { file: 'pyproject.toml', text: '[tool.myapp]\nsecret_key = "app-table-key"', secret: 'app-table-key', line: 2, context: 'production' },
  { file: 'setup.cfg', text: '[tool:pytest]\nenv = SECRET_KEY=x\n[myapp]\nsecret_key = app-section-key', secret: 'app-section-key', line: 4, context: 'production' },
  { file: 'phpunit.xml.dist', text: '<?xml version="1.0"?>\n<phpunit>\n  <php>\n    <server name="APP_KEY" value="base64:cGhwdW5pdGtleQ=="/>\n  </php>\n</phpunit>', secret: 'base64:cGhwdW5pdGtleQ==', line: 4, context: 'test' },
  // Laravel sets `app.key` (APP_KEY) and `jwt.secret` through config setters, mostly in tests
  { file: 'tests/Feature/AuthTest.php', text: "#[WithConfig('app.key', 'base64:dGVzdGluZy1rZXktZm9yLWxhcmF2ZWw=')]", secret: 'base64:dGVzdGluZy1rZXktZm9yLWxhcmF2ZWw=', context: 'test', severity: 'notice' },
  { file: 'tests/TestCase.php', text: "        config(['app.key' => 'base64:dGVzdGluZy1rZXktZm9yLWxhcmF2ZWw=']);", secret: 'base64:dGVzdGluZy1rZXktZm9yLWxhcmF2ZWw=' },
  { file: 'tests/TestCase.php', text: "        Config::set('app.key', 'base64:dGVzdGluZy1rZXktZm9yLWxhcmF2ZWw=');", secret: 'base64:dGVzdGluZy1rZXktZm9yLWxhcmF2ZWw=' },
  { file: 'tests/TestCase.php', text: "        config()->set('jwt.secret', 'testing-jwt-secret');", secret: 'testing-jwt-secret' },
  { file: 'tests/TestCase.php', text: "        $this->app['config']->set('app.key', 'base64:dGVzdGluZy1rZXktZm9yLWxhcmF2ZWw=');", secret: 'base64:dGVzdGluZy1rZXktZm9yLWxhcmF2ZWw=' },
  { file: 'app/Providers/AppServiceProvider.php', text: "        app('config')->set('app.key', 'provider-set-key');", secret: 'provider-set-key', context: 'production' },
  // A key/secret pair: Pusher's (and Reverb's) secret signs, its key is a public id
  { file: 'config/broadcasting.php', text: "        'pusher' => [\n            'key' => 'a1b2c3d4e5f6a7b8c9d0',\n            'secret' => 'f6e5d4c3b2a1f0e9d8c7',\n            'app_id' => '12345',\n        ],", secret: 'f6e5d4c3b2a1f0e9d8c7', line: 3 },
  { file: 'lib/pusher.js', text: "const pusher = new Pusher({\n  appId: '12345',\n  key: 'a1b2c3d4e5f6a7b8c9d0',\n  secret: 'f6e5d4c3b2a1f0e9d8c7',\n  cluster: 'eu',\n});", secret: 'f6e5d4c3b2a1f0e9d8c7', line: 4 },
  { file: 'config/initializers/pusher.rb', text: "Pusher.app_id = '12345'\nPusher.key = 'a1b2c3d4e5f6a7b8c9d0'\nPusher.secret = 'f6e5d4c3b2a1f0e9d8c7'", secret: 'f6e5d4c3b2a1f0e9d8c7', line: 3 },
  { file: 'lib/realtime.rb', text: "Pusher::Client.new(app_id: '12345', key: 'a1b2c3d4e5f6a7b8c9d0', secret: 'f6e5d4c3b2a1f0e9d8c7')", secret: 'f6e5d4c3b2a1f0e9d8c7' },
  // Near misses of a key name: a dotted path or a variable name that is a phrase to fill in, single quotes inside double
  { file: 'settings.py', text: "SECRET_KEY = 'my.secret.key'", secret: 'my.secret.key' },
  { file: 'settings.py', text: "SECRET_KEY = 'prod.value'", secret: 'prod.value' },
  { file: 'config.ts', text: "export const JWT_SECRET = 'YOUR_JWT_SECRET';", secret: 'YOUR_JWT_SECRET' },
  { file: 'settings.py', text: "SECRET_KEY = 'CHANGE_ME'", secret: 'CHANGE_ME' },
  { file: 'setup.sh', text: 'echo "APP_SECRET=\'written-into-env\'" >> .env', secret: 'written-into-env' },
  // Test code inside production sources: Rust's `#[cfg(test)]` modules, Go files built only with a test tag or importing `testing`.
  { file: 'server/src/configuration.rs', text: 'fn load() {\n    let s = "}";\n}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn env() {\n        let c = \'{\';\n        jail.set_env("LLDAP_JWT_SECRET", "q8Zr4nM2xV7bL1cK9pT3wY6u");\n    }\n}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 10, context: 'test', severity: 'notice' },
  { file: 'server/src/configuration.rs', text: '#[cfg(test)]\nmod tests {\n    fn a() { let s = r#"}}"#; }\n}\n\nfn after() {\n    let jwt_secret = "q8Zr4nM2xV7bL1cK9pT3wY6u";\n}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 7, context: 'production', severity: 'error' },
  { file: 'backend/internal/service/e2etest_seed.go', text: '//go:build e2etest\n\npackage service\n\nvar jwtSecret = "q8Zr4nM2xV7bL1cK9pT3wY6u"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 5, context: 'test', severity: 'notice' },
  { file: 'storage/conformance/keys.go', text: '// Package conformance tests storage implementations.\npackage conformance\n\nimport (\n\t"time"\n\t"testing"\n)\n\nconst jwtSecret = "q8Zr4nM2xV7bL1cK9pT3wY6u"\n\nfunc RunTests(t *testing.T, s Storage) {}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 9, context: 'test', severity: 'notice' },
  { file: 'internal/config/prod.go', text: '//go:build !e2etest\n\npackage config\n\nvar jwtSecret = "q8Zr4nM2xV7bL1cK9pT3wY6u"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 5, context: 'production', severity: 'error' },
  { file: 'internal/config/both.go', text: '//go:build integration || linux\n\npackage config\n\nvar jwtSecret = "q8Zr4nM2xV7bL1cK9pT3wY6u"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 5, context: 'production', severity: 'error' },
  { file: 'internal/config/old.go', text: '// +build integration linux\n\npackage config\n\nvar jwtSecret = "q8Zr4nM2xV7bL1cK9pT3wY6u"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 5, context: 'production', severity: 'error' },
  { file: 'internal/config/tb.go', text: 'package config\n\nimport "testing/fstest"\n\nvar jwtSecret = "q8Zr4nM2xV7bL1cK9pT3wY6u"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 5, context: 'production', severity: 'error' },
  { file: 'internal/config/win.go', text: '//go:build !(integration && windows)\n\npackage config\n\nvar jwtSecret = "q8Zr4nM2xV7bL1cK9pT3wY6u"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 5, context: 'production', severity: 'error' },
  { file: 'internal/config/late.go', text: 'package config\n\n//go:build integration\n\nvar jwtSecret = "q8Zr4nM2xV7bL1cK9pT3wY6u"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 5, context: 'production', severity: 'error' },
  { file: 'internal/config/mode.go', text: 'package config\n\nimport (\n\t"testing"\n)\n\nvar jwtSecret = "q8Zr4nM2xV7bL1cK9pT3wY6u"\n\nfunc InTests() bool { return testing.Testing() }', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 7, context: 'production', severity: 'error' },
  { file: 'internal/config/either.go', text: '//go:build integration || e2e\n\npackage config\n\nvar jwtSecret = "q8Zr4nM2xV7bL1cK9pT3wY6u"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 5, context: 'test', severity: 'notice' },
  { file: 'internal/config/old_either.go', text: '// +build integration,linux e2e\n\npackage config\n\nvar jwtSecret = "q8Zr4nM2xV7bL1cK9pT3wY6u"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 5, context: 'test', severity: 'notice' },
  // A Rust test module's strings and comments hold braces that do not count, over several lines too; after it, code is production again.
  { file: 'src/api.rs', text: '#[cfg(test)]\nmod tests {\n    const BODY: &str = r#"{\n  \"name\": \"x\"\n}}}"#;\n    const Q: char = \'}\';\n    const E: &str = "\\"}";\n    /* } /* nested } */ } */\n    fn t() { let jwt_secret = "q8Zr4nM2xV7bL1cK9pT3wY6u"; }\n}\n\nfn prod() {\n    let jwt_secret = "q8Zr4nM2xV7bL1cK9pT3wY6v";\n}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 9, context: 'test', severity: 'notice' },
  { file: 'src/api.rs', text: '#[cfg(test)]\nmod tests {\n    const GLOB: &str = "\n src/*.rs\n ";\n}\n\nfn prod() {\n    let jwt_secret = "q8Zr4nM2xV7bL1cK9pT3wY6v";\n}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6v', line: 9, context: 'production', severity: 'error' },
  { file: 'src/api.rs', text: '#[cfg(test)]\nmod tests {\n    const Q: char = \'{\';\n    const E: &str = "\\"{";\n}\n\nfn prod() {\n    let jwt_secret = "q8Zr4nM2xV7bL1cK9pT3wY6v";\n}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6v', line: 8, context: 'production', severity: 'error' },
  { file: 'config/app.yml', text: 'cookie_secret: YYY', secret: 'YYY' },
  { file: 'config/app.yml', text: 'cookie_secret: aaaaaa', secret: 'aaaaaa' },
  // A comment that says the value is no secret makes it an example (a notice); one that says nothing of the kind does not.
  { file: 'apps/web/lib/api/links/case-sensitivity.ts', text: "// This is not actually a secret key, it's just a string that we XOR with the key\nconst XOR_SECRET_KEY = \"9f86d081884c7d659a2feaa0c55ad015\";", secret: '9f86d081884c7d659a2feaa0c55ad015', line: 2, context: 'example', severity: 'notice' },
  { file: 'app/config.py', text: "SECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6u'  # not a real secret, the tests sign with it", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', context: 'example', severity: 'notice' },
  { file: 'app/config.py', text: "# Keep this secret!\nSECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6u'", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2, context: 'production', severity: 'error' },
  { file: 'app/config.py', text: "# API_BASE_URL below is not secret, it is public.\n# SECRET_KEY must be rotated yearly.\nSECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6u'", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 3, context: 'production', severity: 'error' },
  { file: 'app/config.py', text: "# SECRET_KEY is not a real secret here: the demo signs nothing with it.\nSECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6u'", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2, context: 'example', severity: 'notice' },
  { file: 'app/config.py', text: "# This is not a secret:\nDEBUG = True\nSECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6u'", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 3, context: 'production', severity: 'error' },
  // h3 seals its sessions with the `password` option as iron-session does: Nuxt and Nitro (`h3`), SolidStart (`vinxi/http`),
  // TanStack Start, nuxt-auth-utils' `runtimeConfig.session.password`.
  { file: 'server/utils/session.ts', text: "import { useSession } from 'h3';\nexport const getUserSession = (event) =>\n  useSession(event, { password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', name: 'app' });", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 3 },
  { file: 'src/lib/session.ts', text: "import { useSession } from 'vinxi/http';\nexport function getSession() {\n  return useSession({\n    password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR',\n  });\n}", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 4 },
  { file: 'app/session.ts', text: "import { updateSession } from '@tanstack/react-start/server';\nawait updateSession({ password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR' }, data);", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 2 },
  { file: 'nuxt.config.ts', text: "export default defineNuxtConfig({\n  modules: ['nuxt-auth-utils'],\n  runtimeConfig: {\n    session: {\n      password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR',\n    },\n  },\n});", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 5 },
  // Nuxt's server files, where h3's functions are imported for them; `#imports`; options in a `SessionConfig`.
  { file: 'server/api/login.post.ts', text: "export default defineEventHandler(async (event) => {\n  const session = await useSession(event, { password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR' });\n});", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 2 },
  { file: 'app/utils/session.ts', text: "import { useSession } from '#imports';\nconst sessionConfig: SessionConfig = {\n  name: 'app',\n  password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR',\n};", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 4 },
  // Remix v1's `remix` package, and a commented-out `<machineKey>` (a notice).
  { file: 'app/sessions.ts', text: "import { createCookieSessionStorage } from 'remix';\nexport const s = createCookieSessionStorage({ cookie: { name: '_s', secrets: ['q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR'] } });", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 2 },
  { file: 'Web.config', text: '<system.web>\n  <!--\n  <machineKey validationKey="C50B3C89CB21F4F1422FF158A5B42D0E8DB8CB5CDA1742572A487D9401E3400267682B202B746511891C1BAF47F8D25C07F6C39A104696DB51F17C529AD3CABE" />\n  -->\n</system.web>', secret: 'C50B3C89CB21F4F1422FF158A5B42D0E8DB8CB5CDA1742572A487D9401E3400267682B202B746511891C1BAF47F8D25C07F6C39A104696DB51F17C529AD3CABE', line: 3, severity: 'notice' },
  // Remix's and React Router's cookie `secrets`: a session storage's `cookie`, `createCookie()`'s options.
  { file: 'app/sessions.server.ts', text: "import { createCookieSessionStorage } from '@remix-run/node';\nexport const storage = createCookieSessionStorage({\n  cookie: {\n    name: '__session',\n    secrets: ['q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR'],\n  },\n});", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 5 },
  { file: 'app/cookies.server.ts', text: "import { createCookie } from 'react-router';\nexport const prefs = createCookie('prefs', { maxAge: 604800, secrets: ['q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', 'old'] });", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 2 },
  { file: 'app/session.server.js', text: "const { createFileSessionStorage } = require('@remix-run/node');\nmodule.exports = createFileSessionStorage({\n  dir: '/app/sessions',\n  cookie: {\n    secrets: [\n      'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR',\n    ],\n  },\n});", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 6 },
  // Every key of a rotation list verifies what it signed: an old key after the environment's, the second of two.
  { file: 'app/sessions.server.ts', text: "import { createCookieSessionStorage } from '@remix-run/node';\nexport const s = createCookieSessionStorage({ cookie: { name: '_s', secrets: [process.env.SESSION_SECRET!, 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA'] } });", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 2 },
  { file: 'src/server.js', text: "const Koa = require('koa');\napp.keys = ['q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA'];", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 2 },
  { file: 'src/server.js', text: "const Koa = require('koa');\napp.keys = [\n  process.env.KOA_KEY,\n  'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA',\n];", secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', line: 4 },
  // iron-session seals and signs its cookie with the `password` option.
  { file: 'src/lib/session.ts', text: "import { SessionOptions } from 'iron-session';\n\nexport const sessionOptions: SessionOptions = {\n  password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR',\n  cookieName: 'app-session',\n};", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 4 },
  { file: 'src/app/api/login/route.ts', text: "const session = await getIronSession<SessionData>(cookies(), {\n  password: \"q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR\",\n  cookieName: 'app',\n});", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 2 },
  { file: 'src/magic.ts', text: "import { sealData } from 'iron-session';\nconst seal = await sealData({ userId }, { password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', ttl: 900 });", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 2 },
  { file: 'lib/session.js', text: "import { getIronSession } from 'iron-session';\nexport const opts = {\n  password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR',\n  cookieName: 'x',\n};", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', line: 3 },
  // A value on the line below its assignment: Ruby's continued statement, Prettier's wrapped one, Python's parentheses.
  { file: 'spec/dummy/config/initializers/secret_token.rb', text: 'Dummy::Application.config.secret_key_base =\n  "3b7cd727ee24e8444053437c36cc66c3e8b1c3f0a1d5e9f2b4c6d8e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1"', secret: '3b7cd727ee24e8444053437c36cc66c3e8b1c3f0a1d5e9f2b4c6d8e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1', line: 2, context: 'test' },
  { file: 'config/initializers/secret_token.rb', text: 'Rails.application.config.secret_key_base =\n  "3b7cd727ee24e8444053437c36cc66c3e8b1c3f0a1d5e9f2b4c6d8e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1".freeze', secret: '3b7cd727ee24e8444053437c36cc66c3e8b1c3f0a1d5e9f2b4c6d8e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1', line: 2, context: 'production', severity: 'error' },
  { file: 'src/config.ts', text: 'export const JWT_SECRET =\n  "q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV7bL1cK9";', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV7bL1cK9', line: 2 },
  { file: 'src/config.ts', text: 'export const config = {\n  jwtSecret:\n    "q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV7bL1cK9",\n};', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV7bL1cK9', line: 3 },
  { file: 'mysite/settings.py', text: 'SECRET_KEY = (\n    "q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV7bL1cK9"\n)', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV7bL1cK9', line: 2 },
  // The same forms written otherwise: a trailing comment, parentheses, a backslash continuation, a Properties object.
  { file: 'src/config.ts', text: 'export const config = {\n  jwtSecret:\n    "q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV7bL1cK9", // rotated yearly\n};', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV7bL1cK9', line: 3 },
  { file: 'app/rodauth_app.rb', text: "plugin :rodauth do\n  hmac_secret(\"q8Zr4nM2xV7bL1cK9pT3wY6u\")\nend", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  { file: 'mysite/settings.py', text: 'SECRET_KEY = \\\n    "q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV7bL1cK9"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV7bL1cK9', line: 2 },
  { file: 'src/main/java/app/Boot.java', text: 'props.setProperty("jwt.secret", "q8Zr4nM2xV7bL1cK9pT3wY6u");', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  // Rodauth's configuration methods, called without parentheses.
  { file: 'app/rodauth_app.rb', text: "plugin :rodauth do\n  enable :login, :jwt\n  hmac_secret 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV7bL1cK9'\n  jwt_secret \"q8Zr4nM2xV7bL1cK9pT3wY6u\"\nend", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4q8Zr4nM2xV7bL1cK9', line: 3 },
  { file: 'app/rodauth_app.rb', text: "plugin :rodauth do\n  jwt_secret \"q8Zr4nM2xV7bL1cK9pT3wY6u\"\nend", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  // Writing a literal into the environment, or into a settings store, by name is hardcoding it as much as an assignment is.
  { file: 'cmd/server/main.go', text: 'func init() {\n\tos.Setenv("JWT_SECRET", "q8Zr4nM2xV7bL1cK9pT3wY6u")\n}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2, context: 'production' },
  { file: 'internal/auth/auth_test.go', text: '\tt.Setenv("JWT_SECRET", "q8Zr4nM2xV7bL1cK9pT3wY6u")', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', context: 'test', severity: 'notice' },
  { file: 'cmd/root.go', text: '\tviper.Set("jwt.secret", "q8Zr4nM2xV7bL1cK9pT3wY6u")', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  // The seed a server key is derived from (lldap's, in the configuration its image copies into place), and a key-encryption key.
  { file: 'lldap_config.docker_template.toml', text: '## Seed to generate the server private key.\nkey_seed = "Vq3mZ8kR2xL7pN4wT9bC6hF1"', secret: 'Vq3mZ8kR2xL7pN4wT9bC6hF1', line: 2 },
  { file: 'deploy/app.env.yaml', text: 'env:\n  SECRET_VAULT_KEK: q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaQ8zR4Nm2Xv7=', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaQ8zR4Nm2Xv7=', line: 2 },
  // An application's data key as a passphrase: ABP's StringEncryption:DefaultPassPhrase, in appsettings, compose and a chart.
  { file: 'src/Acme.Web/appsettings.json', text: '{\n  "StringEncryption": {\n    "DefaultPassPhrase": "q8Zr4nM2xV7bL1cK"\n  }\n}', secret: 'q8Zr4nM2xV7bL1cK', line: 3 },
  { file: 'docker-compose.yml', text: 'services:\n  web:\n    environment:\n      - StringEncryption__DefaultPassPhrase=q8Zr4nM2xV7bL1cK', secret: 'q8Zr4nM2xV7bL1cK', line: 4 },
  { file: 'charts/web/values.yaml', text: 'config:\n  stringEncryptionDefaultPassPhrase: q8Zr4nM2xV7bL1cK', secret: 'q8Zr4nM2xV7bL1cK', line: 2 },
  { file: 'config/settings.py', text: 'ENCRYPTION_PASSPHRASE = "q8Zr4nM2xV7bL1cKvT3wY6u"', secret: 'q8Zr4nM2xV7bL1cKvT3wY6u' },
  // A settings store's setter (Express's app settings, nconf, KeystoneJS), and KeystoneJS's option names in words.
  { file: 'server.js', text: "app.set('jwtSecret', 'q8Zr4nM2xV7bL1cK9pT3wY6u');", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'config.js', text: "nconf.set('session_secret', 'q8Zr4nM2xV7bL1cK9pT3wY6u');", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'keystone.js', text: "keystone.init({\n  'name': 'Acme',\n  'cookie secret': 'q8Zr4nM2xV7bL1cK9pT3wY6u',\n});", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 3 },
  { file: 'keystone.js', text: 'keystone.set("session secret", "q8Zr4nM2xV7bL1cK9pT3wY6u");', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'keystone.js', text: "keystone.init({ 'app secret': 'q8Zr4nM2xV7bL1cK9pT3wY6u' });", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'app/wsgi.py', text: 'os.putenv("SECRET_KEY", "q8Zr4nM2xV7bL1cK9pT3wY6u")', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'tests/conftest.py', text: '    monkeypatch.setenv("SECRET_KEY", "q8Zr4nM2xV7bL1cK9pT3wY6u")', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', context: 'test' },
  { file: 'src/main.rs', text: '    std::env::set_var("JWT_SECRET", "q8Zr4nM2xV7bL1cK9pT3wY6u");', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'src/Api/Program.cs', text: 'Environment.SetEnvironmentVariable("JWT_SECRET", "q8Zr4nM2xV7bL1cK9pT3wY6u");', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  // Elixir interpolates `#{…}` only: a `$` in a key is a character of it.
  { file: 'config/config.exs', text: 'config :app, AppWeb.Endpoint,\n  secret_key_base: "@TFCIFT_#V0ZN_^X)&UD1!3D_FFI8CH1E#0=12_!6&P4JWFY1S3VXX18F$TM0H(1NQH%I",\n  render_errors: [view: AppWeb.ErrorView]', secret: '@TFCIFT_#V0ZN_^X)&UD1!3D_FFI8CH1E#0=12_!6&P4JWFY1S3VXX18F$TM0H(1NQH%I', line: 2 },
  { file: 'config/runtime.exs', text: 'System.put_env("SECRET_KEY_BASE", "q8Zr4nM2xV7bL1cK9pT3wY6uq8Zr4nM2xV7bL1cK9pT3wY6uq8Zr4nM2xV7bL1cK9pT3")', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uq8Zr4nM2xV7bL1cK9pT3wY6uq8Zr4nM2xV7bL1cK9pT3' },
  { file: 'src/setup.ts', text: "vi.stubEnv('JWT_SECRET', 'q8Zr4nM2xV7bL1cK9pT3wY6u');", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'src/main/java/app/Boot.java', text: 'System.setProperty("jwt.secret", "q8Zr4nM2xV7bL1cK9pT3wY6u");', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'config/boot.rb', text: "ENV.store('SECRET_KEY_BASE', 'q8Zr4nM2xV7bL1cK9pT3wY6uq8Zr4nM2xV7bL1cK9pT3wY6u')", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uq8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'public/index.php', text: '<?php\nputenv("JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6u");', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  { file: 'bootstrap/app.php', text: "putenv('APP_KEY=base64:cTh6cjRuTTJ4VjdiTDFjSzlwVDN3WTZ1MTIzNDU2Nzg=');", secret: 'base64:cTh6cjRuTTJ4VjdiTDFjSzlwVDN3WTZ1MTIzNDU2Nzg=' },
  // Koa signs cookies with `app.keys`; jsonwebtoken's `sign` and `verify` imported by name and called bare.
  { file: 'src/server.js', text: "const Koa = require('koa');\nconst app = new Koa();\napp.keys = ['im a newer secret', 'i like turtle'];", secret: 'im a newer secret', line: 3 },
  { file: 'src/server.ts', text: 'import Koa from "koa";\nconst server = new Koa();\nserver.keys = ["q8Zr4nM2xV7bL1cK9pT3wY6u"];', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 3 },
  // Keys given through keygrip, as koa-session's documentation shows.
  { file: 'app.js', text: "const Koa = require('koa');\nconst KeyGrip = require('keygrip');\napp.keys = new KeyGrip(['im a newer secret', 'i like turtle'], 'sha256');", secret: 'im a newer secret', line: 3 },
  // Koa's constructor takes the keys as an option, on its line or over several (as Prettier writes it).
  { file: 'src/app.js', text: "const Koa = require('koa');\nconst app = new Koa({\n  proxy: true,\n  keys: ['multi-line-option-key'],\n});", secret: 'multi-line-option-key', line: 4 },
  { file: 'src/app.js', text: "const Koa = require('koa');\nconst app = new Koa({\n  keys: [\n    'list-on-next-line-key',\n    'second-key',\n  ],\n});", secret: 'list-on-next-line-key', line: 4 },
  // cookie-session signs its cookie with the first of its `keys`: given to the call, over lines as Prettier writes
  // them, under the name the file binds it to, or in a variable the file passes it.
  { file: 'src/app.js', text: "const cookieSession = require('cookie-session');\napp.use(cookieSession({\n  name: 'session',\n  keys: ['rotating-cookie-key-one', 'rotating-cookie-key-two'],\n}));", secret: 'rotating-cookie-key-one', line: 4 },
  { file: 'src/app.ts', text: "import cookieSession from 'cookie-session';\napp.use(\n  cookieSession({\n    signed: false,\n    keys: ['kjhdsf8734hjsdf'],\n  })\n);", secret: 'kjhdsf8734hjsdf', line: 5 },
  { file: 'server.js', text: "var session = require('cookie-session')\napp.use(session({ name: 'sess', keys: ['one-line-cookie-key'] }))", secret: 'one-line-cookie-key', line: 2 },
  { file: 'src/session.js', text: "const session = require('cookie-session');\nconst options = {\n  maxAge: 86400000,\n  keys: ['variable-held-cookie-key'],\n};\nmodule.exports = session(options);", secret: 'variable-held-cookie-key', line: 4 },
  // Base64 key material may start with a slash; it is no path of lower-case words.
  { file: 'config/settings.py', text: "JWT_SECRET = '/a9Xk2LmQ8pZr/W3vT7yB1cN5hF0dS4gJ'", secret: '/a9Xk2LmQ8pZr/W3vT7yB1cN5hF0dS4gJ' },
  { file: 'src/index.ts', text: "import Koa from 'koa';\nexport const app = new Koa({ keys: ['server-cookie-keys-v1'] });", secret: 'server-cookie-keys-v1', line: 2 },
  { file: 'src/app.js', text: "const Koa = require('koa');\nconst app = new Koa({ proxy: true, keys: ['second-option-key'] });", secret: 'second-option-key', line: 2 },
  { file: 'src/auth.ts', text: "import { sign } from 'jsonwebtoken';\nexport const issue = (id: string) => sign({ id }, 'shhhhh-secret', { expiresIn: '1h' });", secret: 'shhhhh-secret', line: 2 },
  { file: 'src/auth.js', text: 'const { verify: check } = require("jsonwebtoken");\nmodule.exports = (t) => check(t, "q8Zr4nM2xV7bL1cK9pT3wY6u");', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  { file: 'src/auth.ts', text: "import {\n  sign,\n  type JwtPayload,\n} from 'jsonwebtoken';\n\nconst t = sign(payload, 'multi-line-import-key');", secret: 'multi-line-import-key', line: 6 },
  // HOCON blocks nest a key as YAML does (Ktor's `jwt { secret = … }`); without a later `${?…}` the literal is what runs.
  { file: 'src/main/resources/application.conf', text: 'jwt {\n    secret = "q8Zr4nM2xV7bL1cK9pT3wY6u"\n    issuer = "http://0.0.0.0:8080/"\n}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  { file: 'conf/prod.conf', text: 'play {\n  http {\n    port = 9000\n  }\n  http.secret.key = "q8Zr4nM2xV7bL1cK9pT3wY6u"\n}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 5 },
  { file: 'conf/application.conf', text: 'app {\n  session {\n    cookie { name = "sid" }\n    secret = "q8Zr4nM2xV7bL1cK9pT3wY6u"\n  }\n}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 4 },
  // An override placed before the literal is itself overridden: the literal always runs.
  { file: 'conf/application.conf', text: 'play.http.secret.key = ${?APPLICATION_SECRET}\nplay.http.secret.key = "q8Zr4nM2xV7bL1cK9pT3wY6u"', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  // Near-misses of a file's name and of a GPG key's id: no extension a file has, a dot inside a password; hex of a key id's
  // length under a signing name that nothing hands to gpg, or hex of another length under a GPG name.
  { file: 'config/app.yml', text: 'auth:\n  jwt_secret: s3cr3t.v4lue', secret: 's3cr3t.v4lue', line: 2 },
  { file: 'config/app.yml', text: 'auth:\n  jwt_secret: my-secret.yamlx', secret: 'my-secret.yamlx', line: 2 },
  { file: 'config/app.yml', text: 'auth:\n  jwt_secret: "dir/sub file.yaml"', secret: 'dir/sub file.yaml', line: 2 },
  { file: 'src/sign.py', text: 'SIGNING_KEY = "53E66E1D2CABEFCDB1D3B83E106164552E8D8149"\n\ndef sign(data):\n    return hmac.new(SIGNING_KEY.encode(), data, "sha256")', secret: '53E66E1D2CABEFCDB1D3B83E106164552E8D8149' },
  { file: 'scripts/call.sh', text: 'SIGNING_KEY=53E66E1D2CABEFCDB1D3B83E106164552E8D8149\ncurl -H "X-Signature: $SIGNING_KEY" https://api.example.org', secret: '53E66E1D2CABEFCDB1D3B83E106164552E8D8149' },
  { file: 'scripts/release.sh', text: 'GPG_SIGNING_KEY="3AA5C34371567BD2aa"', secret: '3AA5C34371567BD2aa' },
  { file: 'scripts/release.sh', text: 'JWT_SECRET=3AA5C34371567BD2\ngpg --verify release.sig', secret: '3AA5C34371567BD2' },
  { file: 'src/jwt.ts', text: 'const signingKey = "12345678";\nexport const sign = (p: object) => jwt.sign(p, signingKey);', secret: '12345678' },
  { file: 'config/app.yml', text: 'jwt:\n  signingKey: 53e66e1d2cabefcdb1d3b83e106164552e8d8149\n  # signingKey must be 40 hex digits', secret: '53e66e1d2cabefcdb1d3b83e106164552e8d8149', line: 2 },
  { file: 'scripts/deploy.sh', text: 'SIGNING_KEY=53e66e1d2cabefcdb1d3b83e106164552e8d8149\nsig=$(printf %s "$BODY" | openssl dgst -sha1 -hmac "$SIGNING_KEY")\ngpg --batch --local-user "$RELEASE_SIGNING_KEY" --detach-sign dist.tar.gz', secret: '53e66e1d2cabefcdb1d3b83e106164552e8d8149' },
  { file: 'app/settings.py', text: 'SIGNING_KEY = "53e66e1d2cabefcdb1d3b83e106164552e8d8149"\n# checked with gpg --verify; SIGNING_KEY signs webhooks', secret: '53e66e1d2cabefcdb1d3b83e106164552e8d8149' },
  { file: 'scripts/release.sh', text: 'PGP_SIGNING_SECRET="53e66e1d2cabefcdb1d3b83e106164552e8d8149"', secret: '53e66e1d2cabefcdb1d3b83e106164552e8d8149' },
  // GPG on a line with the name, but not picking a key with it: a passphrase, a download, text.
  { file: 'scripts/decrypt.sh', text: 'SECRET_KEY=53e66e1d2cabefcdb1d3b83e106164552e8d8149\ngpg --batch --passphrase "$SECRET_KEY" -d secrets.gpg', secret: '53e66e1d2cabefcdb1d3b83e106164552e8d8149' },
  { file: 'scripts/keys.sh', text: 'JWT_SECRET=53e66e1d2cabefcdb1d3b83e106164552e8d8149\ncurl -H "X-Auth: $JWT_SECRET" https://repo.example.org/key.asc | gpg --dearmor -o repo.gpg', secret: '53e66e1d2cabefcdb1d3b83e106164552e8d8149' },
  { file: 'app/hooks.py', text: 'SIGNING_KEY = "53e66e1d2cabefcdb1d3b83e106164552e8d8149"\nsig = hmac.new(SIGNING_KEY.encode(), body, "sha1")  # HMAC, not gpg', secret: '53e66e1d2cabefcdb1d3b83e106164552e8d8149' },
  { file: 'deploy/playbook.yml', text: 'jwt:\n  key: 53e66e1d2cabefcdb1d3b83e106164552e8d8149\ntasks:\n  - name: Add the GPG key\n    command: gpg -u key --sign x', secret: '53e66e1d2cabefcdb1d3b83e106164552e8d8149', line: 2 },
  { file: 'scripts/fetch.sh', text: 'APP_KEY=53e66e1d2cabefcdb1d3b83e106164552e8d8149\ncurl -fsSL -u "$APP_KEY:" https://repo.example.org/keys/release.gpg -o release.gpg', secret: '53e66e1d2cabefcdb1d3b83e106164552e8d8149' },
  { file: 'scripts/import.sh', text: 'SIGNING_KEY=53e66e1d2cabefcdb1d3b83e106164552e8d8149\nsudo -u $SIGNING_KEY gpg --import key.asc', secret: '53e66e1d2cabefcdb1d3b83e106164552e8d8149' },
  { file: 'config/app.properties', text: 'pgpool.jwt.key=53e66e1d2cabefcdb1d3b83e106164552e8d8149', secret: '53e66e1d2cabefcdb1d3b83e106164552e8d8149' },
  // An HMAC's key: whoever holds it signs any message.
  { file: 'lib/insecurity.ts', text: "import crypto from 'crypto';\nexport const hmac = (d: string) => crypto.createHmac('sha256', 'q8Zr4nM2xV7bL1cK9pT3wY6u').update(d).digest('hex');", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  { file: 'src/webhooks.js', text: "const { createHmac } = require('node:crypto');\nconst sig = createHmac('sha256', 'q8Zr4nM2xV7bL1cK9pT3wY6u')\n  .update(body).digest('hex');", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  { file: 'app/signing.py', text: "import hmac, hashlib\ndef sign(msg):\n    return hmac.new(b'q8Zr4nM2xV7bL1cK9pT3wY6u', msg, hashlib.sha256).hexdigest()", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 3 },
  { file: 'app/signing.py', text: "import hmac\nmac = hmac.digest('q8Zr4nM2xV7bL1cK9pT3wY6u'.encode(), msg, 'sha256')", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  { file: 'src/Webhook.php', text: "<?php\n$signature = hash_hmac('sha256', $payload, 'q8Zr4nM2xV7bL1cK9pT3wY6u');", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  { file: 'app/services/webhook.rb', text: "sig = OpenSSL::HMAC.hexdigest('SHA256', 'q8Zr4nM2xV7bL1cK9pT3wY6u', payload)", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'internal/sign/sign.go', text: 'package sign\n\nfunc Sign(b []byte) []byte {\n\tm := hmac.New(sha256.New, []byte("q8Zr4nM2xV7bL1cK9pT3wY6u"))\n\tm.Write(b)\n\treturn m.Sum(nil)\n}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 4 },
  { file: 'src/Signer.cs', text: 'using var h = new HMACSHA256(Encoding.UTF8.GetBytes("q8Zr4nM2xV7bL1cK9pT3wY6u"));', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'tests/session.test.ts', text: "const stale = createHmac('sha256', 'q8Zr4nM2xV7bL1cK9pT3wY6u').update(token).digest('base64');", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', context: 'test', severity: 'notice' },
  // A Fernet key: Airflow's chart default and its environment variable, and Python's `Fernet(…)`.
  { file: 'charts/airflow/values.yaml', text: 'airflow:\n  fernetKey: "7T512UXSSmBOkpWimFHIVb8jK6lfmSAvx4mO6Arehnc="', secret: '7T512UXSSmBOkpWimFHIVb8jK6lfmSAvx4mO6Arehnc=', line: 2 },
  { file: 'docker-compose.yml', text: 'services:\n  airflow:\n    environment:\n      AIRFLOW__CORE__FERNET_KEY: q8Zr4nM2xV7bL1cK9pT3wY6uQm7xT2wR9pK4vN8bZ3c=', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uQm7xT2wR9pK4vN8bZ3c=', line: 4 },
  { file: 'app/crypto.py', text: "from cryptography.fernet import Fernet\nf = Fernet(b'q8Zr4nM2xV7bL1cK9pT3wY6uQm7xT2wR9pK4vN8bZ3c=')", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uQm7xT2wR9pK4vN8bZ3c=', line: 2 },
  // Rust's jsonwebtoken takes the HS256 key's bytes: a byte string, or a string's `as_ref()`/`as_bytes()`.
  { file: 'src/auth.rs', text: 'let token = encode(&Header::default(), &claims, &EncodingKey::from_secret(b"q8Zr4nM2xV7bL1cK9pT3wY6u"))?;', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'src/auth.rs', text: 'let key = jsonwebtoken::DecodingKey::from_secret("q8Zr4nM2xV7bL1cK9pT3wY6u".as_ref());', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'src/auth.rs', text: 'let key = DecodingKey::from_secret(\n    "q8Zr4nM2xV7bL1cK9pT3wY6u".as_bytes(),\n);', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  { file: 'src/auth.rs', text: 'let key = EncodingKey::from_secret(&b"q8Zr4nM2xV7bL1cK9pT3wY6u"[..]);', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  // django-fernet-fields' list of keys, on one line or several.
  { file: 'config/settings.py', text: "FERNET_KEYS = ['q8Zr4nM2xV7bL1cK9pT3wY6uQm7xT2wR9pK4vN8bZ3c=']", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uQm7xT2wR9pK4vN8bZ3c=' },
  // django-fernet-fields derives a key from any string: a weak one is weak, a placeholder one of no name's shape too.
  { file: 'config/settings.py', text: "SECRET_KEY_FALLBACKS = ['old-dev-key-2019']", secret: 'old-dev-key-2019' },
  { file: 'config/settings.py', text: "FERNET_KEYS = ['change_me']", secret: 'change_me' },
  { file: 'config/settings.py', text: "SECRET_KEY_FALLBACKS = ['old-key']", secret: 'old-key' },
  { file: 'config/settings.py', text: "FERNET_KEYS = ['my-fernet-key']", secret: 'my-fernet-key' },
  { file: 'jupyterhub_config.py', text: "c.CryptKeeper.keys = ['jupyterhub-crypt-key']", secret: 'jupyterhub-crypt-key' },
  { file: 'config/settings.py', text: "FERNET_KEYS = [\n    env('FERNET_KEY'),\n    'q8Zr4nM2xV7bL1cK9pT3wY6uQm7xT2wR9pK4vN8bZ3c=',\n]", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uQm7xT2wR9pK4vN8bZ3c=', line: 3 },
  // Python passes the key by keyword too, after other keywords.
  { file: 'app/crypto.py', text: "f = Fernet(key=b'q8Zr4nM2xV7bL1cK9pT3wY6uQm7xT2wR9pK4vN8bZ3c=')", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6uQm7xT2wR9pK4vN8bZ3c=' },
  // fastapi-users signs its access tokens with `JWTStrategy`'s `secret`, given as a keyword or through a constant.
  { file: 'app/users.py', text: 'def get_jwt_strategy() -> JWTStrategy:\n    return JWTStrategy(secret="q8Zr4nM2xV7bL1cK9pT3wY6h", lifetime_seconds=3600)', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 2 },
  { file: 'app/users.py', text: 'SECRET = "q8Zr4nM2xV7bL1cK9pT3wY6h"\n\ndef get_jwt_strategy() -> JWTStrategy:\n    return JWTStrategy(secret=SECRET, lifetime_seconds=3600)', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6h', line: 4 },
  { file: 'app/auth.py', text: "token = jwt.encode(payload, algorithm='HS256', key='q8Zr4nM2xV7bL1cK9pT3wY6u')", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'app/auth.py', text: "claims = jwt.decode(\n    token,\n    key='q8Zr4nM2xV7bL1cK9pT3wY6u',\n    algorithms=['HS256'],\n)", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 3 },
  { file: 'app/sign.py', text: "mac = hmac.new(key=b'q8Zr4nM2xV7bL1cK9pT3wY6u', msg=body, digestmod='sha256')", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u' },
  { file: 'lib/sign.js', text: "const KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6u';\nmodule.exports = (b) => crypto.createHmac('sha256', KEY).update(b).digest('hex');", secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  // `%` with a space after it is no placeholder: a phrase with a percentage is a value.
  { file: 'internal/app/config.go', text: 'var SessionSecret = "correct horse battery staple 100% sure"', secret: 'correct horse battery staple 100% sure' },
  // A placeholder with no words around it is no message: a key may hold `%`.
  { file: 'app/settings.py', text: "SECRET_KEY = 'q8Zr4%dnM2xV7bL1cK9pT3wY6u'", secret: 'q8Zr4%dnM2xV7bL1cK9pT3wY6u' },
  // A file's name in code is the key itself; in configuration, only lower-case names with a file's extension.
  { file: 'src/settings.py', text: "JWT_SECRET = 'signing_key.txt'", secret: 'signing_key.txt' },
  { file: 'config/app.yml', text: 'auth:\n  jwt_secret: Pa55w0rd.ini', secret: 'Pa55w0rd.ini', line: 2 },
  // A build stage the final image is not built on: its `ENV` is set only for the build's commands.
  { file: 'Dockerfile', text: 'FROM ruby:3.3 AS builder\nENV DEVISE_PEPPER=unused \\\n    DEVISE_SECRET_KEY=unused\nRUN rails assets:precompile\n\nFROM ruby:3.3\nCOPY --from=builder /app /app', secret: 'unused', line: 3, context: 'build', severity: 'notice' },
  { file: 'docker/Dockerfile', text: 'FROM node:20 AS deps\nENV JWT_SECRET=build-only-q8Zr4\nRUN npm ci\nFROM node:20 AS build\nCOPY --from=deps /app /app\nFROM gcr.io/distroless/nodejs20\nCOPY --from=build /app /app', secret: 'build-only-q8Zr4', line: 2, context: 'build', severity: 'notice' },
  // Bases named by `ARG`s before the first `FROM`, as multi-platform builds do (signon's).
  { file: 'Dockerfile', text: 'ARG ruby_version=3.3\nARG builder_image=ghcr.io/acme/ruby-builder:$ruby_version\nARG base_image=ghcr.io/acme/ruby-base:$ruby_version\n\nFROM --platform=$TARGETPLATFORM $builder_image AS builder\nENV DEVISE_SECRET_KEY=unused\nRUN rails assets:precompile\n\nFROM --platform=$TARGETPLATFORM $base_image\nCOPY --from=builder /app /app', secret: 'unused', line: 6, context: 'build', severity: 'notice' },
  // A stage nothing copies from may be what `--target` builds; a base named by a variable may be any stage; a file
  // written in a builder and copied out ships.
  { file: 'Dockerfile', text: 'FROM python:3.12 AS base\nFROM base AS production\nENV SECRET_KEY=q8Zr4nM2xV7bL1cK9pT3wY6u\nFROM base AS development\nENV DEBUG=1', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 3 },
  { file: 'Dockerfile', text: 'ARG TARGET=prod\nFROM node:20 AS prod\nENV JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6u\nFROM node:20 AS dev\nCOPY --from=prod /app /app\nFROM ${TARGET}', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 3 },
  { file: 'Dockerfile', text: 'FROM node:20 \\\n  AS builder\nENV JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6u\nFROM node:20\nCOPY --from=builder /app /app', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 3 },
  { file: 'config/app.yml', text: 'services:\n  api:\n    environment:\n      JWT_SECRET: mysecret.cfg', secret: 'mysecret.cfg', line: 4 },
  { file: 'charts/app/values.yaml', text: 'auth:\n  secretKey: changeme\n  secretValue:', secret: 'changeme', line: 2 },
  // `FROM` and `COPY --from=` in a heredoc's body or a comment, and another escape character, are not the build's.
  { file: 'Dockerfile', text: 'FROM node:20 AS app\nENV JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6u\nCOPY <<EOF /srv/child/Dockerfile\nFROM alpine\nCOPY --from=app /x /x\nEOF', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  { file: 'Dockerfile', text: 'FROM node:20 AS app\nENV JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6u\nFROM node:20 AS test\n# COPY --from=app /a /a\nRUN npm test', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  { file: 'Dockerfile', text: '# escape=`\nFROM node:20 AS builder\nENV JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6u\nFROM builder `\n  AS final\nCOPY --from=builder /a /a', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 3 },
  // An `ENV` in a stage the final image is built on, through another stage, or in the only stage.
  { file: 'Dockerfile', text: 'FROM node:20 AS base\nENV JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6u\nFROM base AS app\nRUN npm ci\nFROM app\nCMD ["node", "server.js"]', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 2 },
  { file: 'Dockerfile', text: 'FROM ruby:3.3 AS builder\nRUN bundle install\nFROM ruby:3.3\nENV SECRET_KEY_BASE=q8Zr4nM2xV7bL1cK9pT3wY6u\nCOPY --from=builder /app /app', secret: 'q8Zr4nM2xV7bL1cK9pT3wY6u', line: 4 },
  // Near-misses of a file of names and of interface constants: a method's local variable, a class's plain field, a
  // value that is not the name, too few names, a name ending in what it holds.
  { file: 'src/main/java/org/acme/Signer.java', text: 'public interface Signer {\n    default String sign() {\n        String APP_KEY = "appKey";\n        return APP_KEY;\n    }\n}', secret: 'appKey', line: 3 },
  { file: 'src/main/java/org/acme/Sql.java', text: 'public interface Q {\n    class Impl {\n        String SQL = \"\"\"\n            }\n            \"\"\";\n        String APP_KEY = "appKey";\n    }\n}', secret: 'appKey', line: 6 },
  // A name that says signing key, set to itself in camel case: a weak key typed so.
  { file: 'src/auth.module.ts', text: "export const JWT_SECRET_KEY = 'jwtSecretKey';", secret: 'jwtSecretKey' },
  { file: 'src/sign.js', text: "const SIGNING_KEY = 'signingKey';\nmodule.exports = (p) => jwt.sign(p, SIGNING_KEY);", secret: 'signingKey' },
  { file: 'src/main/java/org/acme/SecurityConstants.java', text: 'public interface SecurityConstants {\n    String TOKEN_HEADER = "Authorization";\n    String JWT_SECRET_KEY = "jwtSecretKey";\n}', secret: 'jwtSecretKey', line: 3 },
  // Names in other capitals only are claims' and headers', no evidence of a file of names.
  { file: 'src/main/java/org/acme/Claims.java', text: 'public class Claims {\n    public static final String USERNAME = "username";\n    public static final String ROLES = "roles";\n    public static final String AUTHORITIES = "authorities";\n    public static final String EMAIL = "email";\n    public static final String SCOPE = "scope";\n    public static final String TOKEN_PREFIX = "Bearer ";\n\n\n\n    public static final String JWT_SECRET = "jwt_secret";\n}', secret: 'jwt_secret', line: 11 },
  // A Go function's own `const (` block is no package's.
  { file: 'auth/handler.go', text: 'package auth\n\nfunc Login() {\n\tconst (\n\t\tuserID    = "user_id"\n\t\tpageSize  = "page_size"\n\t\tsortOrder = "sort_order"\n\t\ttenantID  = "tenant_id"\n\t\trouteName = "route_name"\n\t)\n}\n\n\n\nconst JWTSecret = "jwt_secret"', secret: 'jwt_secret', line: 15 },
  { file: 'src/auth.rs', text: 'let key = EncodingKey::from_base64_secret("cTh6cjRuTTJ4VjdiTDFjSzlwVDN3WTZ1")?;', secret: 'cTh6cjRuTTJ4VjdiTDFjSzlwVDN3WTZ1' },
  // A function's local constant in a file of names.
  { file: 'src/routes.ts', text: "export const ROUTE_NAME = 'routeName';\nexport const USER_ID = 'userId';\nexport const TENANT_ID = 'tenantId';\nexport const PAGE_SIZE = 'pageSize';\nexport const SORT_ORDER = 'sortOrder';\n\nexport function sign2(p) {\n  const JWT_SECRET = 'jwt_secret';\n  return jwt.sign(p, JWT_SECRET);\n}", secret: 'jwt_secret', line: 8 },
  // A value that starts as a regular expression's wildcard does, outside a command line.
  { file: 'settings.py', text: 'JWT_SECRET = ".*Zx8kQ2mN7pL4vR9tW3yB6cD1aa"', secret: '.*Zx8kQ2mN7pL4vR9tW3yB6cD1aa' },
  { file: 'src/main/java/org/acme/Jwt.java', text: 'public class Jwt {\n    String APP_KEY = "appKey";\n    String SECRET_KEY = "secretKey";\n}', secret: 'secretKey', line: 3 },
  { file: 'src/main/java/org/acme/Constants.java', text: 'public interface Constants {\n    String ROUTE_NAME = "routeName";\n    String USER_ID = "userId";\n    String TENANT_ID = "tenantId";\n    String PAGE_SIZE = "pageSize";\n    String SORT_ORDER = "sortOrder";\n    String JWT_SECRET = "s3cr3t-v4lue";\n}', secret: 's3cr3t-v4lue', line: 7 },
  { file: 'src/constants.ts', text: "export const ROUTE_NAME = 'routeName';\nexport const USER_ID = 'userId';\nexport const TENANT_ID = 'tenantId';\nexport const PAGE_SIZE = 'pageSize';\n\n\n\n\nexport const JWT_SECRET = 'jwt-secret';", secret: 'jwt-secret', line: 9 },
  { file: 'src/auth.ts', text: "export const JWT_SECRET = 'jwtSecret';", secret: 'jwtSecret' },
  { file: 'src/auth.ts', text: "export const SECRET_KEY = 'secretKey';", secret: 'secretKey' },
  // A neighbour set to one word of its name, or to a name that is not its own, is no evidence of a file of names.
  { file: 'src/config.ts', text: "export const DB_HOST = 'host';\nexport const APP_SECRET_KEY = 'secretKey';", secret: 'secretKey', line: 2 },
  { file: 'src/auth/constants.ts', text: "export const JWT_EXPIRES = 'expiresIn';\nexport const APP_JWT_SECRET = 'jwtSecret';", secret: 'jwtSecret', line: 2 },
  // Its last words beside constants so named, but never used as a key: how a weak key is typed among a module's settings.
  { file: 'src/auth/constants.ts', text: "export const JWT_SECRET_KEY = 'secretKey';\nexport const JWT_EXPIRES_IN = 'expiresIn';", secret: 'secretKey', line: 1 },
  { file: 'src/Auth/Tokens.php', text: "<?php\nclass Tokens\n{\n    public const JWT_CLIENT_ID = 'clientId';\n    public const JWT_SECRET_KEY = 'secretKey';\n\n    public function issue(array $claims): string\n    {\n        $claims[self::JWT_CLIENT_ID] = 'app';\n        return JWT::encode($claims, self::JWT_SECRET_KEY, 'HS256');\n    }\n    // [self::JWT_SECRET_KEY] in a comment is no use\n}", secret: 'secretKey', line: 5 },
  { file: 'src/Utility/ProviderSettings.php', text: "<?php\nclass ProviderSettings\n{\n    public const SSO_CLIENT_ID = 'clientId';\n    public const SSO_SECRET_KEY = 'secretKey';\n}", secret: 'secretKey', line: 5 },
  // …nor one whose only use as a key is in a comment, or that is given to a call over several lines.
  { file: 'src/settings.ts', text: "export const SSO_CLIENT_ID = 'clientId';\nexport const SSO_SECRET_KEY = 'secretKey';\nconst a = form[SSO_CLIENT_ID]; // form[SSO_SECRET_KEY]", secret: 'secretKey', line: 2 },
  { file: 'src/Auth/Tokens.php', text: "<?php\nclass Tokens\n{\n    public const JWT_CLIENT_ID = 'clientId';\n    public const JWT_SECRET_KEY = 'secretKey';\n\n    public function issue(array $claims): string\n    {\n        $claims[self::JWT_SECRET_KEY] = 1;\n        return JWT::encode(\n            $claims,\n            self::JWT_SECRET_KEY,\n        );\n    }\n}", secret: 'secretKey', line: 5 },
  // A constant set to its whole name beside one set to its last words: only whole names are evidence for it.
  { file: 'src/constants.ts', text: "export const STORAGE_ACCESS_TOKEN = 'accessToken';\nexport const JWT_SECRET = 'jwtSecret';", secret: 'jwtSecret', line: 2 },
  // The last words in their own spelling, case aside, are how a placeholder is typed.
  { file: 'src/keys.ts', text: "export const API_CLIENT_ID = 'client_id';\nexport const API_SECRET_KEY = 'secret_key';", secret: 'secret_key', line: 2 },
  { file: 'config.py', text: "APP_KEY = 'appKey'", secret: 'appKey' },
];

// An extended private key is a wallet's every key.
flagged.push({ file: 'config/wallet.yml', text: 'signing_key: xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi', secret: 'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi' });
// Values that only look like an encryption envelope are judged as any other.
flagged.push(
  { file: 'data/common.yaml', text: 'app::secret_key: ENC[changeme]', secret: 'ENC[changeme]' },
  { file: 'config/app.yml', text: 'secret_key: ENC(not encrypted at all)', secret: 'ENC(not encrypted at all)' },
);

const clean: Case[] = [
  // An AES key's size, its bytes made at random, one encrypted under another, and a test vector in a test.
  { file: 'src/crypto.py', text: "AES_KEY_SIZE = '256'\naes_key = os.urandom(32)\nencrypted_aes_key = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa'" },
  // A settings file written by code: the value is a format field, filled with a generated key.
  { file: 'deploy/render.py', text: "out.write(\"S3_SECRET_KEY='{S3_SECRET_KEY}'\".format(**values))\nout.write(\"JWT_SECRET='{jwtHMACKey}'\".format(**values))\nout.write(\"SESSION_SECRET='{sessionSecretV2}'\".format(**values))" },
  { file: 'webodm/settings.py', text: "secret = get_random_string(50, chars)\nwith open('secret_key.py', 'w') as f:\n    f.write(\"SECRET_KEY='{}'\".format(secret))\n    f.write(\"COOKIE_SECRET='{0}'\".format(secret))\n    f.write(f\"SESSION_SECRET='{secret}'\")\n    f.write(\"JWT_SECRET='%(key)s'\" % {'key': secret})" },
  // A mailed token's key read from the environment or generated; a label that only names one.
  { file: 'src/config/auth.ts', text: "export const forgotSecret = process.env.AUTH_FORGOT_SECRET;\nexport const resetSecret = crypto.randomBytes(32).toString('hex');" },
  { file: 'locales/en.json', text: '{\n  "forgot_secret": "Forgot your secret?",\n  "reset_secret": "Reset secret"\n}' },
  { file: 'src/i18n/en.ts', text: "export default { confirmSecret: 'Confirm secret', inviteSecret: 'Invite' };" },
  { file: 'config/locales/de.yml', text: 'de:\n  verification_secret: Verifizierungscode\n  invitation_secret: Einladungscode\n' },
  // A seed of random numbers, of a cache's keys or a hotkey's, not of a key.
  { file: 'config/settings.py', text: 'RANDOM_SEED = "q8Zr4nM2xV7bL1cKvT3wY6u"\nFAKER_SEED = "Vq3mZ8kR2xL7pN4wT9bC6hF1"\nCACHE_KEY_SEED = "v3-2024-q8Zr4nM2xV7b"\nHOTKEY_SEED = "Vq3mZ8kR2xL7pN4wT9bC"' },
  // A passphrase that is a password (a GPG key's, a key store's), not an application's data key.
  { file: 'deploy/sign.sh', text: 'GPG_PASSPHRASE="q8Zr4nM2xV7bL1cKvT3wY6u"' },
  { file: 'config/app.yml', text: 'keystore:\n  passphrase: q8Zr4nM2xV7bL1cKvT3wY6u' },
  { file: 'src/Acme.Web/appsettings.json', text: '{ "StringEncryption": { "DefaultPassPhrase": "" } }' },
  // An enumeration of kinds, each set to its last words (openbao's export types).
  { file: 'builtin/logical/transit/path_export.go', text: 'package transit\n\nconst (\n\texportTypeEncryptionKey = "encryption-key"\n\texportTypeSigningKey    = "signing-key"\n\texportTypeHMACKey       = "hmac-key"\n\texportTypePublicKey     = "public-key"\n)' },
  // Constants that name settings rows in snake case, one of them a key's (LibreBooking's Stripe gateway).
  { file: 'Domain/PaymentGateway.php', text: "<?php\nclass StripeGateway implements IPaymentGateway\n{\n    public const PUBLISHABLE_KEY = 'publishable_key';\n    public const SECRET_KEY = 'secret_key';\n}" },
  // Another image's secret, a reference, and a client's secret beside an image's name.
  { file: 'docker-compose.yml', text: 'services:\n  fathom:\n    image: usefathom/fathom:latest\n    environment:\n      FATHOM_SECRET: ${FATHOM_SECRET}\n      GRAFANA_SECRET: Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA\n      FATHOM_CLIENT_SECRET: Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA' },
  // Not a settings store's setter: a Map's, a cache's, headers'; and words that are a sentence, not a name.
  { file: 'server.js', text: "const seen = new Map();\nseen.set('jwtSecret', 'q8Zr4nM2xV7bL1cK9pT3wY6u');" },
  { file: 'server.js', text: "cache.set('session_secret', 'q8Zr4nM2xV7bL1cK9pT3wY6u');" },
  { file: 'server.js', text: "throw new Error('missing the cookie secret', 'q8Zr4nM2xV7bL1cK9pT3wY6u');" },
  { file: 'server.js', text: "// 'cookie secret': 'q8Zr4nM2xV7bL1cK9pT3wY6u' is what the docs show" },
  { file: 'server.js', text: "log.info('cookie secret', 'is set from the environment');" },
  { file: 'keystone.js', text: "keystone.init({ 'cookie secret': process.env.COOKIE_SECRET });" },
  // Labels and translations in words: capitalised, or not an option's qualifier.
  { file: 'app/locale.py', text: "T = {'Encryption key': 'Verschluesselungsschluessel', 'Signing secret': 'Signaturgeheimnis'}" },
  { file: 'src/locales/de.js', text: "export default { 'Signing key': 'Signaturschluessel', 'JWT secret': 'Geheimnis' };" },
  { file: 'app/export.py', text: "COLUMNS = {'Secret key': 'secret_key', 'secret key': 'secret_key_base'}" },
  { file: 'src/ui.js', text: "const labels = { 'your secret': 'Vq3mZ8kR2xL7pN4wT9bC6hF1' };" },
  // An angle-bracket marker set as the value asks whoever copies the file to put a key there, in an options object too.
  { file: 'src/config.js', text: "const JWT_SECRET = '<YOUR_SECRET>';" },
  { file: 'config/default.js', text: "module.exports = { jwt: { secret: '<your-jwt-secret>' }, session: { secret: '<your-session-secret>' } };" },
  { file: 'src/constants.ts', text: "export const jwtConstants = { secret: '<YOUR_SECRET>' };" },
  { file: 'config/settings.py', text: "SECRET_KEY = '<generate one>'" },
  // A table of configuration keys: a constant set to its own words with one more among constants set to their names.
  { file: 'databuilder/extractor/dashboard/tableau/tableau_dashboard_constants.py', text: "API_VERSION = 'api_version'\nSITE_NAME = 'site_name'\nTABLEAU_ACCESS_TOKEN_NAME = 'tableau_personal_access_token_name'\nTABLEAU_ACCESS_TOKEN_SECRET = 'tableau_personal_access_token_secret'\nEXCLUDED_PROJECTS = 'excluded_projects'" },
  // A pydantic-settings field's value is its default for when the environment does not set it: secret-key-fallback's.
  { file: 'app/core/config.py', text: 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    secret_key: str = "a8f3kd9s0fj3k2l4m5n6b7v8c9x0z1q2"' },
  // Drupal's own defaults: an empty hash salt, or one read from a file or the environment.
  { file: 'web/sites/default/default.settings.php', text: "<?php\n$settings['hash_salt'] = '';" },
  { file: 'web/sites/default/settings.php', text: "<?php\n$settings['hash_salt'] = file_get_contents('/home/example/salt.txt');" },
  { file: 'web/sites/default/settings.php', text: "<?php\n$settings['hash_salt'] = getenv('DRUPAL_HASH_SALT');" },
  // A one-time password's seed: a user's second factor, which an authenticator app shares, not a signing key.
  { file: 'db/seeds.rb', text: 'User.create!(name: "Test User with 2SV", email: "test.user@example.com", otp_secret_key: "I5X6QZRMN2XV7BL1CK9PT3WY6HF0DS5G")' },
  { file: 'app/models/user.py', text: 'class User(Model):\n    mfa_secret_key = "I5X6QZRMN2XV7BL1CK9PT3WY6HF0DS5G"\n    TOTP_SECRET = "I5X6QZRMN2XV7BL1CK9PT3WY6HF0DS5G"\n    two_factor_app_secret = "I5X6QZRMN2XV7BL1CK9PT3WY6HF0DS5G"' },
  // A key encrypted under another (Bitwarden's `WrappedSigningKey`, an `EncryptedSecretKey`) or a pair's public half.
  { file: 'test/Api.Test/AccountsTests.cs', text: '            WrappedSigningKey = "7.q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa",' },
  { file: 'src/Core/KeyManagement/SigningKeys.cs', text: 'public const string V2WrappedSigningKey = "wrapped-signing-key";' },
  { file: 'config/keys.yml', text: 'encrypted_secret_key: "AQICAHh8q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"' },
  { file: 'src/keys.ts', text: "export const publicSigningKey = 'MCowBQYDK2VwAyEAq8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa';" },
  { file: 'src/keys.ts', text: "const protectedSecretKey = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa';" },
  // What names an HMAC key held elsewhere, or makes one.
  { file: 'config/settings.py', text: 'HMAC_KEY_ID = "projects/acme/locations/global/keyRings/app/cryptoKeys/hmac"\nHMAC_KEY_FILE = "/run/secrets/hmac"\nhmac_key = os.urandom(32)\nimage_proxy_hmac_key_version = "3"' },
  // A protocol's published label as an HMAC key: BIP32's and SLIP-10's master key derivation.
  { file: 'src/bip32.py', text: 'MASTER_HMAC_KEY = b"Bitcoin seed"\nED25519_HMAC_KEY = "ed25519 seed"' },
  // Atlassian's charts: the entries of the Secret named by `secretName:` that hold the credentials.
  { file: 'charts/jira/values.yaml', text: 'database:\n  credentials:\n    secretName: jira-db\n    usernameSecretKey: username\n    passwordSecretKey: password' },
  // A ternary's branch named like a key, with the other branch on the line below or on the same line.
  { file: 'src/config.ts', text: "const key = useEnv ? JWT_SECRET :\n  'q8Zr4nM2xV7bL1cK9pT3wY6u';" },
  { file: 'src/config.ts', text: "const key = useEnv ? JWT_SECRET : 'q8Zr4nM2xV7bL1cK9pT3wY6u';" },
  // A method named like a setting, called inside an expression with parentheses.
  { file: 'app/models/token.rb', text: "ok = verify(jwt_secret('q8Zr4nM2xV7bL1cK9pT3wY6u'))" },
  // Rodauth's setters given a read, and a method named like one called inside an expression or with its receiver.
  { file: 'app/rodauth_app.rb', text: "plugin :rodauth do\n  hmac_secret ENV.fetch('RODAUTH_HMAC_SECRET')\n  jwt_secret { ENV['JWT_SECRET'] }\nend" },
  { file: 'app/models/token.rb', text: "valid = verify_jwt_secret 'q8Zr4nM2xV7bL1cK9pT3wY6u'" },
  { file: 'app/models/token.rb', text: "puts jwt_secret 'q8Zr4nM2xV7bL1cK9pT3wY6u'" },
  // Below an assignment's operator: a read, a ternary, a string the next lines add to, a string built with a format.
  { file: 'src/config.ts', text: 'export const JWT_SECRET =\n  process.env.JWT_SECRET;' },
  { file: 'src/config.ts', text: 'const JWT_SECRET =\n  process.env.NODE_ENV === "test"\n    ? "q8Zr4nM2xV7bL1cK9pT3wY6u"\n    : process.env.JWT_SECRET;' },
  { file: 'src/config.ts', text: 'jwtSecret =\n  "q8Zr4nM2xV7bL1cK9pT3wY6u"\n  + process.env.SUFFIX;' },
  { file: 'config/initializers/secret_token.rb', text: 'Rails.application.config.secret_key_base =\n  ENV.fetch("SECRET_KEY_BASE")' },
  { file: 'mysite/settings.py', text: 'SECRET_KEY = (\n    f"{PREFIX}-q8Zr4nM2xV7bL1cK9pT3wY6u"\n)' },
  { file: 'mysite/settings.py', text: 'SECRET_KEY = (\n    "q8Zr4nM2xV7bL1cK9pT3wY6u"\n    + os.environ["SUFFIX"]\n)' },
  // h3's and Remix's read from the environment; a `password` or `secrets` elsewhere in such a file; without the import.
  { file: 'server/utils/session.ts', text: "import { useSession } from 'h3';\nexport const s = (event) => useSession(event, { password: useRuntimeConfig().session.password });" },
  { file: 'server/api/login.ts', text: "import { useSession } from 'h3';\nawait db.connect({ user: 'app', password: 'q8Zr4nM2xV7bL1cK9pT3wY6u' });" },
  { file: 'src/settings.ts', text: "import { useSession } from 'h3';\nexport const config = { session: { password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR' } };" },
  { file: 'server/tasks/seed.ts', text: "export default defineTask({ run() { return useSession(event, { password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR' }); } });" },
  { file: 'components/Nav.tsx', text: "import { useSession } from 'next-auth/react';\nconst s = useSession({ password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR' });" },
  { file: 'app/sessions.server.ts', text: "import { createCookieSessionStorage } from '@remix-run/node';\nexport const storage = createCookieSessionStorage({ cookie: { name: '__session', secrets: [process.env.SESSION_SECRET!] } });" },
  { file: 'app/config.server.ts', text: "import { json } from '@remix-run/node';\nexport const vault = { secrets: ['db-password', 'api-key'] };" },
  { file: 'src/cookies.ts', text: "import { parse } from 'cookie';\nconst opts = { cookie: { secrets: ['q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR'] } };" },
  // A cookie that holds a display preference: its secret guards a theme (remix-themes, documenso).
  { file: 'app/storage/theme-session.server.ts', text: "import { createCookieSessionStorage } from 'react-router';\nconst themeSessionStorage = createCookieSessionStorage({\n  cookie: {\n    name: 'theme',\n    path: '/',\n    secrets: ['insecure-secret-do-not-care'],\n  },\n});" },
  { file: 'app/i18n.server.ts', text: "import { createCookie } from '@remix-run/node';\nexport const localeCookie = createCookie('app_locale', { path: '/', secrets: ['q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR'] });" },
  { file: 'app/sessions.server.ts', text: "import { createCookieSessionStorage } from '@remix-run/node';\nexport const s = createCookieSessionStorage({ cookie: { name: 'color-scheme', secrets: ['s3cr3t'] } });" },
  { file: 'app/theme.server.ts', text: "import { createCookieSessionStorage } from '@remix-run/node';\nconst sessionStorage = createCookieSessionStorage({\n  cookie: {\n    name: '__remix-themes',\n    path: '/',\n    httpOnly: true,\n    sameSite: 'lax',\n    secrets: ['s3cr3t'],\n  },\n});" },
  // iron-session's password read from the environment; a password elsewhere in a file that uses iron-session; a comment.
  { file: 'src/lib/session.ts', text: "import { SessionOptions } from 'iron-session';\nexport const sessionOptions: SessionOptions = {\n  password: process.env.SECRET_COOKIE_PASSWORD!,\n  cookieName: 'app',\n};" },
  { file: 'src/lib/session.ts', text: "import { getIronSession } from 'iron-session';\nconst db = createPool({ host: 'localhost', password: 'q8Zr4nM2xV7bL1cK9pT3wY6u' });" },
  { file: 'src/lib/session.ts', text: "import { getIronSession } from 'iron-session';\nconst sessionOptions = {\n  // password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR',\n  password: process.env.SESSION_PASSWORD,\n};" },
  { file: 'src/lib/login.ts', text: "const session = await getSession(req, { password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR' });" },
  { file: 'src/lib/auth.ts', text: "import { getIronSession } from 'iron-session';\nawait authenticate(session, { username: 'demo', password: 'Tr0ub4dor&3-horse-battery' });" },
  // One capital letter again and again is a mask, as `XXXX` is; a lower-case run is a weak value (flagged elsewhere).
  { file: 'ospkg/conf/config.yaml', text: 'shared_secret: XXXXXX\ncookie_secret: YYYYY' },
  // A script that prints an assignment in parts: the quote opens a value printed next.
  { file: 'generate_secrets.sh', text: '/bin/echo -n "LLDAP_JWT_SECRET=\'"\nLC_ALL=C tr -dc \'A-Za-z0-9\' < /dev/urandom | head -c 32\necho "\'"' },
  // Setters that write a read, a variable, nothing, or a path; a setter of another name; a pair in a string that no setter takes.
  { file: 'cmd/server/main.go', text: '\tos.Setenv("JWT_SECRET", os.Getenv("APP_JWT_SECRET"))' },
  { file: 'cmd/server/main.go', text: '\tos.Setenv("JWT_SECRET", secret)' },
  { file: 'internal/auth/auth_test.go', text: '\tt.Setenv("JWT_SECRET", "")' },
  { file: 'cmd/server/main.go', text: '\tos.Setenv("JWT_SECRET_FILE", "/run/secrets/jwt")' },
  { file: 'src/main/java/app/Boot.java', text: 'System.setProperty("jwt.secret", System.getenv("JWT_SECRET"));' },
  { file: 'src/main/java/app/Boot.java', text: 'props.setProperty("jwt.secret.file", "/run/secrets/jwt");' },
  { file: 'cmd/root.go', text: '\tcache.Set("jwt.secret", "q8Zr4nM2xV7bL1cK9pT3wY6u")' },
  { file: 'public/index.php', text: '<?php\nputenv("JWT_SECRET=" . getenv("APP_JWT_SECRET"));' },
  { file: 'public/index.php', text: '<?php\n$line = "JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3wY6u";' },
  // `authSecret` and `appKeys` in code are the program's own names, not Auth.js's or Strapi's variables.
  { file: 'src/headers.ts', text: 'const authSecret = "Authorization";\nconst appKeys = "app:keys";' },
  // An `appKey` or `appkey` is an SDK's public app id (its secret is the `appSecret` beside it); Laravel writes `APP_KEY`, `app_key`, `app.key`.
  { file: 'src/views/system/appVersion/AppVersion.vue', text: "<script setup>\nconst appKey = 'E19C6A9B2C0A4D4B8F3E7A1B5C9D2E6F';\n</script>" },
  { file: 'src/test/java/app/OpenApiTest.java', text: 'String appKey = "ak-q8Zr4nM2xV7bL1cK9pT3";' },
  { file: 'config/push.yml', text: 'jpush:\n  appkey: 5f4dcc3b5aa765d61d8327de' },
  // Patterns and edit scripts: an install script looks for the placeholder and writes a generated key in its place.
  { file: 'install/generate-secret-key.sh', text: 'if grep -xq "system.secret-key: \'!!changeme!!\'" $CONFIG; then\n  sed -i -e \'s/^system.secret-key:.*$/system.secret-key: \'"\'$KEY\'"\'/\' $CONFIG\nfi' },
  { file: 'Dockerfile', text: "RUN sed -i 's/SECRET_KEY = .*/SECRET_KEY = os.environ[\"SECRET_KEY\"]/' app/settings.py" },
  // An error code whose value is its message.
  { file: 'src/plugins/captcha/error-codes.ts', text: 'export const CAPTCHA_ERROR_CODES = {\n  MISSING_SECRET_KEY: "Missing secret key",\n  INVALID_SECRET_KEY: "Invalid secret key",\n};' },
  // Constants each spelt exactly as their own names (a C# property whose body is a literal is one): the names
  // attributes are stored under.
  { file: 'src/Core/Customers/SystemCustomerFieldNames.cs', text: 'public static class SystemCustomerFieldNames\n{\n    public static string FirstName => "FirstName";\n    public static string PasswordRecoveryToken => "PasswordRecoveryToken";\n    public static string TwoFactorSecretKey => "TwoFactorSecretKey";\n}' },
  { file: 'src/Core/Customers/FieldNames.cs', text: 'public static class FieldNames\n{\n    public const string FirstName = "FirstName";\n    public const string TwoFactorSecretKey = "TwoFactorSecretKey";\n}' },
  // A provider's app secret (an OAuth client's) left to fill in: under the provider's key, or by its name.
  { file: 'src/Web/appsettings.Staging.json', text: '{\n  "Authentication": {\n    "Facebook": {\n      "AppId": "SetYourAppIdHere",\n      "AppSecret": "SetYourAppSecretHere"\n    }\n  }\n}' },
  { file: 'config/auth.yml', text: 'twitter:\n  app_id: your-app-id\n  app_secret: your-app-secret\n' },
  { file: 'app/settings.py', text: 'TWITTER_APP_SECRET = "changeme"\nSOCIAL_AUTH_FACEBOOK_APP_SECRET = "your-app-secret"' },
  // Constants that hold the names of properties under a prefix of their own (nacos's credential lookup).
  { file: 'client/src/main/java/com/example/auth/IdentifyConstants.java', text: 'public class IdentifyConstants {\n    public static final String DOCKER_ACCESS_KEY = "env_spas_accessKey";\n\n    public static final String DOCKER_SECRET_KEY = "env_spas_secretKey";\n\n    public static final String DOCKER_TENANT_ID = "ebv_spas_tenantId";\n\n    public static final String ENV_ACCESS_KEY = "spas_accessKey";\n\n    public static final String ENV_SECRET_KEY = "spas_secretKey";\n}' },
  // A map of settings' descriptions: a setting's name written out as a sentence is its label.
  { file: 'engine/apps/base/models/live_setting.py', text: 'class LiveSetting(models.Model):\n    DESCRIPTIONS = {\n        "EMAIL_HOST_PASSWORD": "SMTP server password",\n        "EMAIL_USE_TLS": "SMTP enable/disable TLS",\n        "INBOUND_EMAIL_DOMAIN": "Inbound email domain",\n        "INBOUND_EMAIL_WEBHOOK_SECRET": "Inbound email webhook secret",\n    }' },
  { file: 'src/settings/labels.js', text: "export const LABELS = {\n  smtpHost: 'The host of the mail server',\n  smtpPort: 'SMTP port',\n  jwtSecret: 'JWT secret',\n};" },
  // A map from environment variables to the configuration keys they set (winter's `winter:env` command).
  { file: 'modules/system/console/WinterEnv.php', text: "<?php\nprotected function config(): array\n{\n    return [\n        'app' => [\n            'APP_DEBUG' => 'debug',\n            'APP_URL' => 'url',\n            'APP_KEY' => 'key',\n        ],\n    ];\n}" },
  { file: 'src/env-map.js', text: "const ENV_TO_CONFIG = {\n  session: {\n    'SESSION_DRIVER': 'driver',\n    'SESSION_SECRET': 'secret',\n    'SESSION_LIFETIME': 'lifetime',\n  },\n};" },
  // Eloquent's cast types in a model's casts, the method's (Laravel 11) or the property's: how a column is stored.
  { file: 'app/Models/User.php', text: "<?php\nclass User extends Authenticatable\n{\n    protected function casts(): array\n    {\n        return [\n            'is_managed_externally' => 'boolean',\n            'mfa_app_secret' => 'encrypted',\n            'mfa_app_recovery_codes' => 'encrypted:array',\n            'webhook_secret' => 'hashed',\n        ];\n    }\n}" },
  { file: 'app/Models/Integration.php', text: "<?php\nclass Integration extends Model\n{\n    protected $casts = [\n        'settings' => 'array',\n        'signing_key' => 'encrypted:object',\n        'jwt_secret' => 'string',\n        'rotated_at' => 'datetime:Y-m-d',\n    ];\n}" },
  // A lone rule word among a Laravel validator's rules.
  { file: 'app/Http/Controllers/Api/GithubController.php', text: "<?php\nif ($request->has('webhook_secret')) {\n    $rules['webhook_secret'] = 'string';\n}\n$validator = Validator::make($request->all(), $rules);" },
  { file: 'app/Http/Requests/StoreAppRequest.php', text: "<?php\npublic function rules(): array\n{\n    return [\n        'name' => 'required|max:50',\n        'app_secret' => 'string',\n        'jwt_secret' => 'nullable',\n    ];\n}" },
  // A provider token's prefix alone, or with a few digits: the ids an app makes start with it, a mock's stand-in.
  { file: 'lib/id-helper.ts', text: 'const prefixes = {\n  view: "view",\n  webhook: "wh",\n  webhookSecret: "whsec",\n  token: "pmk",\n};' },
  { file: 'warehouse/subscriptions/services.py', text: 'class MockStripeBillingService:\n    def __init__(self):\n        webhook_secret = "whsec_123"  # noqa: S105' },
  // An object store's secret key left to fill in beside its access key: a credential not yet given.
  { file: 'src/main/resources/config/application-prod.yml', text: 's3:\n  region: test\n  accessKey: 填写你的AccessKey\n  secretKey: 填写你的SecretKey' },
  // dify's chart: an object store's key pair made of one word and each key's initials.
  { file: 'charts/dify/values.yaml', text: 'externalS3:\n  enabled: false\n  endpoint: "https://xxx.r2.cloudflarestorage.com"\n  accessKey: "ak-difyai"\n  secretKey: "sk-difyai"\n  bucketName:\n    api: "difyai"' },
  { file: 'config/storage.yml', text: 'oss:\n  secret_key: SK_shop\n  access_key: AK_shop' },
  { file: 'charts/dify/values.yaml', text: 'externalS3:\n  accessKey: "ak-difyai"   # change me\n  secretKey: "sk-difyai"' },
  // Both keys of a self-hosted store set to one word: the login it was given (sentry's SeaweedFS); or to words that
  // mirror their names (Garage in a development compose file).
  { file: 'charts/app/values.yaml', text: 'externalS3:\n  accessKey: "sk-difyai"\n  secretKey: "sk-difyai"' },
  { file: 'install/bootstrap-s3-nodestore.sh', text: "bucket_list=$($s3cmd --access_key=sentry --secret_key=sentry --no-ssl --host=localhost:8333 ls)" },
  { file: 'docker-compose.yml', text: 'services:\n  vroom:\n    environment:\n      AWS_ACCESS_KEY: "sentry"\n      AWS_SECRET_KEY: "sentry"' },
  { file: 'sentry/config.yml', text: 'filestore.profiles-options:\n  access_key: "sentry"\n  secret_key: "sentry"\n  bucket_name: "profiles"' },
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    environment:\n      AWS_ACCESS_KEY: "test"\n      AWS_SECRET_KEY: "test"' },
  { file: 'docker-compose.dev.yml', text: 'services:\n  garage:\n    environment:\n      - GARAGE_DEFAULT_ACCESS_KEY=rallly-access-key\n      - GARAGE_DEFAULT_SECRET_KEY=rallly-secret-key' },
  { file: 'config/storage.yml', text: 'store:\n  access_key: shop_access_key\n  secret_key: shop_secret_key' },
  { file: 'src/main/resources/application.properties', text: 'aliyun.oss.access-key-id=your-access-key-id\naliyun.oss.secret-key=your-secret-key' },
  { file: 'roles/synapse/defaults/main.yml', text: 'matrix_s3_media_store_aws_access_key: "your-aws-access-key"\nmatrix_s3_media_store_aws_secret_key: "your-aws-secret-key"' },
  // A `sed` pattern's wildcard after the name; the replacement is a variable.
  { file: 'bin/add-inventory-host.sh', text: 'generic_secret_key="$(generate_secret)"\nsed -i \\\n  -e "s|^homeserver_generic_secret_key:.*|homeserver_generic_secret_key: \'${generic_secret_key}\'|" \\\n  "$vars_file"' },
  { file: 'config/storage.yml', text: 'minio:\n  secret_key: <your-secret-key>\n  access_key: <your-access-key>' },
  // Koa keys from the environment, a `keys` list in a file that does not load Koa, a `sign` that is not jsonwebtoken's.
  { file: 'src/server.js', text: "const Koa = require('koa');\nconst app = new Koa();\napp.keys = [process.env.COOKIE_KEY_1, process.env.COOKIE_KEY_2];" },
  { file: 'src/server.js', text: "const Koa = require('koa');\n// app.keys = ['commented-out-key'];\napp.keys = (process.env.APP_KEYS || '').split(',');" },
  { file: 'src/cache.js', text: "const cache = {};\ncache.keys = ['user-session-ids', 'cart-ids'];" },
  { file: 'config/prod.exs', text: 'config :app, AppWeb.Endpoint,\n  secret_key_base: "#{System.get_env("SECRET_KEY_BASE")}"' },
  // Where the key is kept, not the key: execution clients take the JWT secret's file (geth, Besu, Nethermind).
  { file: 'scripts/start-ec.sh', text: 'exec geth \\\n  --authrpc.jwtsecret=/secrets/jwtsecret \\\n  --datadir /ethclient/geth' },
  { file: 'scripts/start-bn.sh', text: 'CMD="$CMD --jwt-secret=/secrets/jwtsecret"' },
  { file: 'docker-compose.yml', text: 'services:\n  beacon:\n    environment:\n      JWT_SECRET: /run/secrets/jwt_secret' },
  { file: 'config/node.yml', text: 'engine:\n  jwt_secret: ./data/jwt.hex' },
  // cookie-session's keys from the environment or left to fill in, a list that is no option of it, a file that does not load it.
  { file: 'src/app.js', text: "const cookieSession = require('cookie-session');\napp.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY_1, process.env.COOKIE_KEY_2] }));" },
  { file: 'src/app.js', text: "var cookieSession = require('cookie-session')\napp.use(cookieSession({\n  name: 'session',\n  keys: [/* secret keys */],\n}))" },
  { file: 'src/app.js', text: "const cookieSession = require('cookie-session');\napp.use(cookieSession({ keys: config.cookieKeys }));\nconst columns = { keys: ['id', 'name'] };" },
  { file: 'src/app.js', text: "const cookieSession = require('cookie-session');\nconst table = {\n  keys: ['id', 'created_at'],\n};\nrender(table);\napp.use(cookieSession({ keys: [process.env.KEY] }));" },
  { file: 'src/app.js', text: "const session = require('express-session');\napp.use(session({ keys: ['not-cookie-session-key'] }));" },
  // The options object of something other than Koa.
  { file: 'src/index.js', text: "const Koa = require('koa');\nconst store = makeStore({\n  keys: ['not-koa-keys-value'],\n});" },
  { file: 'src/index.ts', text: "import Koa from 'koa';\nconst { secret } = process.env;\nconst app = new Koa({ keys: [secret] });" },
  { file: 'app.js', text: "const Koa = require('koa');\nconst Keygrip = require('keygrip');\napp.keys = new Keygrip([config.cookieKey, config.oldCookieKey], 'sha256');" },
  { file: 'src/index.ts', text: "import Koa from 'koa';\nconst app = new Koa({ keys: [process.env.COOKIE_KEY!] });" },
  { file: 'src/index.ts', text: "import Koa from 'koa';\nconst app = new Koa({ proxy: true });\nconst cache = new Map({ keys: ['not-koa'] });" },
  { file: 'src/auth.ts', text: "import { sign } from 'jsonwebtoken';\nconst t = sign(payload, process.env.JWT_SECRET!);" },
  { file: 'src/auth.ts', text: "import { sign } from './crypto';\nconst t = sign(payload, 'sha256-label');" },
  // A public key checks signatures: published by design.
  { file: 'src/auth.ts', text: "import { verify } from 'jsonwebtoken';\nconst PUBLIC_KEY = '-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEVs/o5+uQbTjL3chynL4wXgUg2R9\\n-----END PUBLIC KEY-----';\nexport const check = (t: string) => verify(t, PUBLIC_KEY, { algorithms: ['ES256'] });" },
  { file: 'src/auth.js', text: "const jwt = require('jsonwebtoken');\njwt.verify(token, '-----BEGIN CERTIFICATE-----\\nMIIBszCCAVmgAwIBAgIUQ8Zr4nM2xV7bL1cK9pT3wY6u\\n-----END CERTIFICATE-----');" },
  // A block that is no key (nginx's `location /jwt {`) nests nothing; nor does a HOCON block of another subject.
  { file: 'nginx/site.conf', text: 'location /jwt {\n    secret = "q8Zr4nM2xV7bL1cK9pT3wY6u";\n}' },
  { file: 'src/main/resources/application.conf', text: 'database {\n    secret = "q8Zr4nM2xV7bL1cK9pT3wY6u"\n}' },
  // Tencent COS pairs a `secret-id` with its `secret-key`; `you-` is a fill-in too (gin-vue-admin's `you-access-key`).
  { file: 'server/config.yaml', text: 'tencent-cos:\n    bucket: xxxxx-10005608\n    secret-id: your-secret-id\n    secret-key: your-secret-key' },
  { file: 'server/config.yaml', text: 'hua-wei-obs:\n    bucket: you-bucket\n    access-key: you-access-key\n    secret-key: you-secret-key' },
  // git picks a GPG key by its owner's address: no secret.
  { file: '.buildkite/steps/deploy.sh', text: 'git -c user.signingkey=release@example.org commit -S -m "release"' },
  { file: '.gitconfig', text: '[user]\n  signingkey = dev.team+signing@example.co.uk' },
  // The entry of a settings store that a constant names: thingsboard's admin settings row of the JWT settings.
  { file: 'src/main/java/app/JwtSettingsService.java', text: 'public interface JwtSettingsService {\n    String ADMIN_SETTINGS_JWT_KEY = "jwt";\n}' },
  // An OAuth provider's client secret is no signing secret of the family (and not this value's name).
  { file: 'src/oauth.ts', text: "const OAUTH_SECRET = 'q8Zr4nM2xV7bL1cK9pT3-client';" },
  // Values that name or describe something (a header, a rule, a selector, a prefix, a key file, a type, a flag).
  { file: 'lib/Authentication.php', text: "private const string HEADER_CREATE_TOKEN_SECRET = 'Espo-Authorization-Create-Token-Secret';" },
  { file: 'src/login.js', text: "headers['Espo-Authorization-Create-Token-Secret'] = 'true';" },
  { file: 'config/installer.php', text: "'rules' => ['pusher_app_secret' => 'max:50', 'app_secret' => 'required|string|min:32'],"},
  { file: 'src/Behat/Page/UpdatePage.php', text: "return ['secret_key' => '[data-test-secret-key]', 'name' => '#name'];" },
  { file: 'src/Storage/Redis.php', text: "$this->config = ['client_key' => 'oauth_clients:', 'jwt_key' => 'oauth_jwt:'];" },
  { file: 'config/packages/lexik.yaml', text: 'lexik_jwt_authentication:\n  secret_key: "%kernel.project_dir%/config/jwt/private.pem"' },
  { file: '.github/workflows/release.yml', text: 'jobs:\n  x:\n    steps:\n      - run: |\n          signing_key=~/.abuild/app.rsa\n          abuild-sign -k "$signing_key" app.apk' },
  { file: 'server/modules/storage/dropbox/definition.yml', text: 'props:\n  appKey: String\n  appSecret:\n    type: String' },
  { file: 'config/application-prod.yml', text: 'oss:\n  accessKey: ??\n  secretKey: ??' },
  { file: 'config/initializers/recaptcha.rb', text: 'Recaptcha.configure do |config|\n  config.secret_key = "YourAPIkeysHere_xxxxxxxxxxxxxxxxx"\nend' },
  // A token's prefix and a mask: the shape of a key, written in an SDK's examples.
  { file: 'packages/admin-sdk/examples/products.ts', text: "const client = createAdminClient({ baseUrl: 'http://localhost:3000', secretKey: 'sk_xxx' });" },
  // `printf` writing an empty line for a later command to fill (InvoiceShelf's entrypoint), with one backslash or two.
  { file: 'docker/production/entrypoint.d/00-setup.sh', text: 'if ! grep -q "APP_KEY" .env; then\n    echo "$(printf "APP_KEY=\\n"; cat .env)" > .env\nfi\nprintf "JWT_SECRET=\\\\t\\\\n" >> .env' },
  // A token's prefix and a mask, with base64's padding after it.
  { file: 'bridge/receivers.yaml', text: 'receivers:\n  - verification:\n      endpoint_secret: "whsec_XXXXX="' },
  { file: 'docs/setup.md.ts', text: "export const config = { secretKey: 'pk_test_XXXX', githubToken: 'ghp_***' };" },
  // An HMAC's key from the environment or a setting, a protocol's label, hashes that take no key, HMACs of other receivers.
  { file: 'src/webhooks.js', text: "const sig = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');\nconst h = crypto.createHash('sha256').update(body).digest('hex');" },
  { file: 'src/hd.ts', text: "export const master = (seed: Buffer) => crypto.createHmac('sha512', 'Bitcoin seed').update(seed).digest();" },
  // Protocols' labels and test vectors as HMAC keys: Telegram's Mini Apps check, Lightning's onion keys, SLIP-10's
  // curve seed through a constant, RFC 4231's key.
  { file: 'src/telegram.ts', text: "const secret = crypto.createHmac('sha256', 'WebAppData').update(botToken).digest();" },
  { file: 'lightning/onion.py', text: "import hmac, hashlib\nrho = hmac.new(b'rho', shared_secret, hashlib.sha256).digest()\nmu = hmac.new(b'mu', shared_secret, hashlib.sha256).digest()" },
  { file: 'src/ed25519.js', text: "const ED25519_CURVE = 'ed25519 seed';\nconst hmac = createHmac('sha512', ED25519_CURVE);" },
  { file: 'src/vectors.js', text: "const mac = crypto.createHmac('sha256', Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex'));" },
  { file: 'app/signing.py', text: "import hmac, hashlib\nmac = hmac.new(settings.WEBHOOK_KEY, msg, hashlib.sha256)\ndigest = hashlib.new('sha256', b'not-a-key-q8Zr4').hexdigest()" },
  { file: 'src/Webhook.php', text: "<?php\n$signature = hash_hmac('sha256', $payload, getenv('WEBHOOK_SECRET'));\n$etag = hash('sha256', 'not-a-key-q8Zr4');" },
  { file: 'app/services/digest.rb', text: "etag = OpenSSL::Digest.hexdigest('SHA256', 'not-a-key-q8Zr4')" },
  { file: 'src/util.js', text: "const mac = myCrypto.createHmac('sha256', 'not-node-crypto-q8Zr4');" },
  { file: 'src/cookies/index.ts', text: "import { createHMAC } from '@better-auth/utils/hmac';\nconst signature = await createHMAC('SHA-256', 'base64urlnopad').sign(ctx.context.secret, data);" },
  // A message to format, under a name of the family (external-secrets' events).
  { file: 'pkg/controllers/externalsecret/externalsecret_controller.go', text: 'const (\n\teventMissingProviderSecretKey = "secret does not exist at provider using spec.dataFrom[%d] (key=%s)"\n)' },
  { file: 'src/messages.cs', text: 'public const string SecretKeyMissing = "The secret key {0} was not found";' },
  // A file's name: the entry of a Secret mounted as a file (authelia's chart).
  { file: 'charts/authelia/values.yaml', text: "configMap:\n  access_control:\n    secret:\n      enabled: false\n      key: 'configuration.acl.yaml'\n      existingSecret: ''" },
  { file: 'config/app.yml', text: 'session:\n  secret_key: session-key.pem\n  jwt_secret: jwt.secret.json' },
  { file: 'config/app.properties', text: 'app.jwt.secret=jwt-keys.p12\nserver.ssl.key-store=keystore.jks' },
  { file: 'charts/app/values.yaml', text: 'store:\n  secretKey: thanos.yaml\nother:\n  secretName: objstore' },
  // Drone's chart: an entry's name beside what it holds.
  { file: 'charts/drone/values.yaml', text: 'sourceControl:\n  github:\n    clientID:\n    clientSecretKey: clientSecret\n    clientSecretValue:\n    server: https://github.com' },
  // What PhpStorm and laravel-ide-helper write for completion: types, not values.
  { file: '.phpstorm.meta.php', text: "<?php\nnamespace PHPSTORM_META {\n    override(\\config(), map([\n        'app.key' => 'string',\n        'app.cipher' => 'string',\n    ]));\n}" },
  { file: '.phpstorm.meta.php/config.meta.php', text: "<?php\n    expectedArguments(\\config(), 0, 'app.key');\n    override(\\config(), map(['app.key' => 'string']));" },
  { file: '_ide_helper.php', text: "<?php\nnamespace Illuminate\\Support\\Facades {\n    /** @see \\Illuminate\\Config\\Repository::set() */\n    class Config {}\n}\n\\Config::set('app.key', 'SomeRandomStr1ngOf32Characters!!');" },
  // A GPG key's id or fingerprint: under a name that says GPG, or handed to gpg or git's signing key in the same file.
  { file: 'Makefile', text: 'SIGNING_KEY=53E66E1D2CABEFCDB1D3B83E106164552E8D8149\n\nsign:\n\tgpg --detach-sign -a --default-key ${SIGNING_KEY} dist/*.tar.gz' },
  { file: 'scripts/release.sh', text: 'SIGNING_KEY="0x3AA5C34371567BD2"\ngpg2 --local-user "$SIGNING_KEY" --armor --detach-sign release.tar.gz' },
  { file: 'scripts/release.sh', text: 'SIGNING_KEY=3aa5c343\ngit config user.signingkey "$SIGNING_KEY"' },
  { file: 'scripts/release.sh', text: 'SIGNING_KEY=53e66e1d2cabefcdb1d3b83e106164552e8d8149\ngpg --batch --yes \\\n  --local-user "$SIGNING_KEY" \\\n  --detach-sign dist.tar.gz' },
  { file: 'scripts/rpm.sh', text: 'SIGNING_KEY=3AA5C34371567BD2\nrpmsign --define "_gpg_name $SIGNING_KEY" --addsign pkg.rpm' },
  { file: 'scripts/tag.sh', text: 'SIGNING_KEY=3AA5C34371567BD2\ngit tag -s -u "$SIGNING_KEY" v1.0.0' },
  { file: 'scripts/publish.sh', text: 'GPG_SIGNING_KEY="53e6 6e1d 2cab efcd b1d3 b83e 1061 6455 2e8d 8149"' },
  { file: 'scripts/commit.sh', text: 'SIGNING_KEY=3AA5C34371567BD2\ngit commit --gpg-sign=$SIGNING_KEY -m release' },
  { file: '.github/workflows/release.yml', text: 'env:\n  SIGNING_KEY: 3AA5C34371567BD2\njobs:\n  sign:\n    steps:\n      - run: gpg --local-user ${{ env.SIGNING_KEY }} --detach-sign dist.tar.gz' },
  { file: 'roles/release/tasks/main.yml', text: '- name: Sign the release\n  vars:\n    release_signing_key: 3AA5C34371567BD2\n  command: gpg --default-key {{ release_signing_key }} --detach-sign dist.tar.gz' },
  { file: 'scripts/publish.sh', text: 'GPG_SIGNING_KEY="53E6 6E1D 2CAB EFCD B1D3  B83E 1061 6455 2E8D 8149"' },
  { file: 'build.gradle', text: "ext.pgpSigningKey = '3AA5C34371567BD2'" },
  // Helm: the entry of an existing Secret, named as the variable it becomes.
  { file: 'charts/app/values.yaml', text: 'taxonomy:\n  existingSecret: ""\n  apiKeySecretKey: TAXONOMY_LLM_API_KEY\n  secretKey: EMBEDDING_PROVIDER_API_KEY' },
  // The entries of an existing Secret holding a credential: `<credential>SecretKey` names where it is.
  { file: 'hosting/k8s/helm/values.yaml', text: 's3:\n  external:\n    existingSecret: "trigger-datastore"\n    rootUserSecretKey: "minio-root-user"\n    rootPasswordSecretKey: "minio-root-password"\n    accessKeyIdSecretKey: "minio-root-user" # Key in existingSecret containing access key ID\n    secretAccessKeySecretKey: "minio-root-password"' },
  { file: 'charts/app/values.yaml', text: 'db:\n  passwordSecretKey: db-password\n  passwordSecretName: app-db' },
  { file: 'charts/app/values.yaml', text: 'smtp:\n  existingSecretName: mail\n  smtp_password_secret_key: smtp-password' },
  { file: 'src/auth.ts', text: "export const API_KEY_HEADER_SECRET = 'X-API-KEY';" },
  // In JSON, escaped quotes belong to the string around them: a code sample in generated docs.
  { file: 'www/generated/medusa-config.json', text: '{"text": "```ts\\nhttp: {\\n  cookieSecret: \\"supersecret\\",\\n}\\n```"}' },
  // Python's parentheses around what is no literal alone: a field of an f-string, a sum, a read of the environment.
  { file: 'app/settings/production.py', text: "JWT_SECRET = (f'{PREFIX}q8Zr4nM2xV7bL1cK9pT3')\nSECRET_KEY = ('q8Zr4nM2xV7bL1cK9pT3' + suffix)" },
  { file: 'app/settings/production.py', text: "JWT_SECRET = (\n    'q8Zr4nM2xV7bL1cK9pT3'\n    + suffix\n)\nSECRET_KEY = (\n    os.environ['SECRET_KEY']\n)" },
  // A `.conf` line commented out with `//` (SOGo's GNUstep configuration).
  { file: 'data/conf/sogo/sogo.conf', text: '{\n  // Set a 16 character encryption key for SOGo URL Description, change this to your own value\n  //SOGoURLPathEncryptionKey = "Zq8Lm2Vx7Rk4Pt9W";\n}' },
  // Advice written for people, with a command in code quotes (a map of messages by the kind of secret).
  { file: 'src/rules/advice.ts', text: "const ROTATE = {\n  'rails-master-key': 'make a new key: re-encrypt the credentials with it (`bin/rails credentials:edit`) and rotate the secrets they hold',\n};" },
  // JWE's content encryption algorithm; where a secret is kept (an ARN).
  { file: 'src/jwe.py', text: "CONTENT_ENC_KEY = 'A256GCM'\nAWS_ENDPOINT_SECRET = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:app-webhook'" },
  // Test keys a captcha service publishes, with which every check passes or fails; a master key from the environment.
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    environment:\n      RECAPTCHA_SECRET_KEY: "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"\n      CF_TURNSTILE_SECRET_KEY: "1x0000000000000000000000000000000AA"\n      TURNSTILE_SECRET_KEY: 2x0000000000000000000000000000000AA\n      RAILS_MASTER_KEY: ${RAILS_MASTER_KEY}\n' },
  // hCaptcha's test secret, under a captcha's name or in a block that names one (keila's `config.exs`).
  { file: 'config/config.exs', text: '# Staging configuration for hCaptcha\nconfig :keila, KeilaWeb.Captcha,\n  secret_key: "0x0000000000000000000000000000000000000000",\n  site_key: "10000000-ffff-ffff-ffff-000000000001"\n' },
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    environment:\n      HCAPTCHA_SECRET_KEY: "0x0000000000000000000000000000000000000000"\n' },
  // The captcha's block opens a few lines up, over its other settings.
  { file: 'config/config.exs', text: 'config :keila, KeilaWeb.Captcha,\n  site_key: "10000000-ffff-ffff-ffff-000000000001",\n  url: "https://hcaptcha.com/siteverify",\n  secret_key: "0x0000000000000000000000000000000000000000"\n' },
  // JJWT's and the JCA's HMAC keys from configuration or the environment; a `SecretKeySpec` of a cipher's key; another
  // library's `hmacShaKeyFor`.
  { file: 'src/main/java/app/security/JwtKeys.java', text: 'public class JwtKeys {\n  @Value("${jwt.secret}")\n  private String jwtSecret;\n  SecretKey key() { return Keys.hmacShaKeyFor(Decoders.BASE64.decode(jwtSecret)); }\n}' },
  { file: 'src/main/java/app/security/JwtKeys.java', text: 'SecretKey k = Keys.hmacShaKeyFor(System.getenv("JWT_SECRET").getBytes(StandardCharsets.UTF_8));' },
  { file: 'src/main/java/app/security/Signer.java', text: 'mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));\nSecretKeySpec aes = new SecretKeySpec("q7Vw2LmPzR8xK4nT".getBytes(), "AES");' },
  { file: 'src/main/java/app/security/Signer.java', text: 'SecretKeySpec aes = new SecretKeySpec("q7Vw2LmPzR8xK4nT".getBytes(), "AES"); Mac mac = Mac.getInstance("HmacSHA256");' },
  { file: 'src/crypto.js', text: 'const k = Keys.hmacShaKeyFor("q7Vw2LmPzR8xK4nT1sY6bH9cJ3fD5gQ0aE2uW8iO");' },
  // A protocol's label as an HMAC's key (Telegram's init data, BIP32's seed); a cipher's key beside an HMAC named after it.
  { file: 'src/main/java/app/TelegramAuth.java', text: 'mac.init(new SecretKeySpec("WebAppData".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));' },
  { file: 'src/main/kotlin/app/Bip32.kt', text: 'mac.init(SecretKeySpec("Bitcoin seed".toByteArray(), "HmacSHA512"))' },
  { file: 'src/main/kotlin/com/acme/Crypto.kt', text: 'private val aesKey = SecretKeySpec("Zq8Lm2Vx7Rk4Pt9Wn3Yb6Hc1".toByteArray(), "AES")\nprivate val mac = Mac.getInstance("HmacSHA256")' },
  { file: 'src/main/java/app/Vault.java', text: 'return EtM.seal(new SecretKeySpec("Zq8Lm2Vx7Rk4Pt9W".getBytes(), "AES"), hmacKey, data);' },
  // java-jwt's HMAC algorithms read from the environment or configuration; another library's `HMAC256` is no signer.
  { file: 'src/main/java/app/JwtUtil.java', text: 'Algorithm alg = Algorithm.HMAC256(System.getenv("JWT_SECRET"));\nAlgorithm b = Algorithm.HMAC256(props.getSecret());' },
  { file: 'src/main/java/app/Digest.java', text: 'byte[] d = Hashing.HMAC256("not-a-signing-key-q8Zr4");' },
  // SECRET in a type named for authentication: read from the environment, a method's local, a parameter's name, an
  // enum; and in a type named for something else.
  { file: 'src/main/java/com/app/security/SecurityConstants.java', text: 'public class SecurityConstants {\n    public static final String SECRET = System.getenv("JWT_SECRET");\n}' },
  { file: 'src/main/java/com/app/security/AuthService.java', text: 'class AuthService {\n  String check(String given) {\n    final String secret = "Qw12eRty56Ui78OpZx90";\n    return given;\n  }\n}' },
  { file: 'src/main/java/com/app/security/OAuthConstants.java', text: 'public final class OAuthConstants {\n    public static final String SECRET = "client_secret";\n}' },
  { file: 'src/main/java/com/app/security/AuthKind.java', text: 'public enum AuthKind {\n    SECRET("Qw12eRty56Ui78OpZx90");\n}' },
  { file: 'src/main/java/com/app/Constants.java', text: 'public class Constants {\n    public static final String SECRET = "Qw12eRty56Ui78OpZx90";\n}' },
  // A qualified constant this file does not set, or sets from the environment.
  { file: 'server/src/main/kotlin/auth/Tokens.kt', text: 'fun token(): String = JWT.create().sign(Algorithm.HMAC256(JwtParams.SECRET))' },
  { file: 'server/src/main/kotlin/auth/JwtParams.kt', text: 'object JwtParams {\n    val SECRET: String = System.getenv("JWT_SECRET")\n}\nfun token(): String = JWT.create().sign(Algorithm.HMAC256(JwtParams.SECRET))' },
  // TypeScript string enums name things; viper's camel-case key paths; a message map; a constant naming a cookie.
  { file: 'packages/shared/src/consts/provider.enum.ts', text: "export enum CredentialsKeyEnum {\n  ApiKey = 'apiKey',\n  SecretKey = 'secretKey',\n  Token = 'token',\n}" },
  // The same enumeration generated for other languages (svix's `AppPortalCapability`): PHP's backed enum, Python's
  // `(str, Enum)`, Ruby's constants of a class each set to its own name, Rust's `match` arms of a `Display` impl.
  { file: 'php/src/Models/AppPortalCapability.php', text: "<?php\nenum AppPortalCapability: string implements \\JsonSerializable\n{\n    case VIEW_BASE = 'ViewBase';\n    case VIEW_ENDPOINT_SECRET = 'ViewEndpointSecret';\n}" },
  { file: 'python/svix/models/app_portal_capability.py', text: 'from enum import Enum\n\n\nclass AppPortalCapability(str, Enum):\n    VIEW_BASE = "ViewBase"\n    VIEW_ENDPOINT_SECRET = "ViewEndpointSecret"\n' },
  { file: 'ruby/lib/svix/models/app_portal_capability.rb', text: 'module Svix\n  class AppPortalCapability\n    VIEW_BASE = "ViewBase".freeze\n    VIEW_ENDPOINT_SECRET = "ViewEndpointSecret".freeze\n    MANAGE_TRANSFORMATIONS = "ManageTransformations".freeze\n  end\nend' },
  { file: 'rust/src/models/app_portal_capability.rs', text: 'impl fmt::Display for AppPortalCapability {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        let value = match self {\n            Self::ViewBase => "ViewBase",\n            Self::ViewEndpointSecret => "ViewEndpointSecret",\n        };\n        f.write_str(value)\n    }\n}' },
  // Other `keys` of an oidc-provider configuration (its JWKS), and `cookies.keys` in a file that does not load it.
  { file: 'src/oidc.js', text: "const { Provider } = require('oidc-provider');\nconst configuration = {\n  jwks: { keys: ['Qm8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8e'] },\n  cookies: { long: { signed: true } },\n};" },
  { file: 'src/config.js', text: "module.exports = {\n  cookies: { keys: ['Qm8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8e'] },\n};" },
  // An `app_key` in code is the program's own (a path segment, an SDK's public app id): Laravel's is `APP_KEY`.
  { file: 'plugins/module_utils/api.py', text: 'def api_path(self, app_key=None):\n    if app_key is None:\n        app_key = "controller"\n    return "/api/{0}/".format(app_key)' },
  { file: 'src/push.js', text: "const client = new Push({ app_key: 'b1c2d3e4f5a6b7c8d9e0', master: true });" },
  // …or to some of its words; Go's enum idiom names a constant for its type and its value (oapi-codegen's output).
  { file: 'web/src/pages/proxy/types.ts', text: "export enum AuthenticationMode {\n  USER_NAME_AND_PASSWORD = 'UserPassword',\n  ACCESS_KEY_AND_SECRET_KEY = 'AccessKeySecretKey',\n  ANONYMOUS = 'Anonymous'\n}" },
  { file: 'api/contracts/types.gen.go', text: '// Defines values for AuthType.\nconst (\n\tAuthTypeAccessKeySecretKey AuthType = "AccessKeySecretKey"\n\tAuthTypeAnonymous          AuthType = "Anonymous"\n)' },
  // Labels in catalogues named so wherever they are: `strings.en.yaml`, Android's `strings.xml`, Java's bundles.
  { file: 'web/src/pages/proxy/strings/strings.en.yaml', text: 'authentication:\n  accessKeyAndSecretKey: Access Key and Secret Key\n  secretKey: Secret Key\n' },
  { file: 'src/main/resources/messages_de.properties', text: 'jwt.secret=Geheimer Schl\u00fcssel\nsecret.key=Geheimschl\u00fcssel\n' },
  { file: 'pkg/config/config.go', text: 'const (\n\tServiceJWTSecret  Key = `service.JWTSecret` // a config key\n)' },
  { file: 'public/tools.php', text: "if ($bad) {\n    $errors['app_key'] = 'Invalid App Key';\n}" },
  { file: 'lib/Authentication.php', text: "private const string COOKIE_AUTH_TOKEN_SECRET = 'auth-token-secret';" },
  // A constant naming a command-line flag or an option, set to the rest of its own words.
  { file: 'internal/commands/const.go', text: 'const (\n\tcmdFlagNameEncryptionKey    = "encryption-key"\n\tcmdFlagNameNewEncryptionKey = "new-encryption-key"\n)' },
  { file: 'cmd/server/flags.go', text: 'const FLAG_JWT_SECRET = "jwt-secret"' },
  { file: 'src/cli/options.ts', text: "export const OPTION_SESSION_SECRET = 'session.secret';" },
  { file: 'app/config/config.php', text: "<?php\n$container->setParameter('mautic.secret_key', '%env(MAUTIC_SECRET_KEY)%');\n$container->setParameter('mautic.api_enabled', 'secret');" },
  // A quote escaped inside a shell string opens a value that the shell expands.
  { file: 'setup.sh', text: 'echo -e "SECRET_KEY=\\"$SECRET_KEY\\"" >> ./apps/api/.env' },
  { file: 'setup.sh', text: 'echo "SECRET_KEY=\\"${SECRET_KEY}\\"" >> .env\nprintf "SECRET_KEY=\\"%s\\"\\n" "$SECRET_KEY" >> .env' },
  { file: 'docker/install.sh', text: 'sed -i "s|# S3_SECRET_KEY:|S3_SECRET_KEY: \\"$ext_s3_secret_key\\"|" docker-compose.yml' },
  // A `sed` pattern matches what is there; the replacement here is read from a variable.
  { file: 'scripts/rotate.sh', text: 'sed -i "s/SECRET_KEY=q8Zr4nM2xV7bL1cK9pT3wY6h/SECRET_KEY=$NEW_KEY/" .env' },
  // A script that edits a template writes its placeholders; the script's own quote closes it in a later command too.
  { file: '.github/workflows/setup.yml', text: 'jobs:\n  setup:\n    steps:\n      - run: sed -i "s|SECRET_KEY=.*|SECRET_KEY=change-me-please|" .env.example' },
  { file: 'scripts/configure.sh', text: "sed -i 's/^DEBUG=.*/DEBUG=0/;s/^SECRET_KEY=.*/SECRET_KEY='\"$SECRET_KEY\"'/' .env" },
  { file: 'scripts/configure.sh', text: "sed -i 's/^DEBUG=.*/DEBUG=0/g; s/^SECRET_KEY=.*/SECRET_KEY='\"$SECRET_KEY\"'/' .env" },
  { file: '.github/workflows/ci.yml', text: 'jobs:\n  test:\n    steps:\n      - run: sed -i "s|APP_SECRET=.*|APP_SECRET=${{ secrets.APP_SECRET }}|" .env' },
  // Translation catalogues: the value is the label the interface shows.
  { file: 'packages/Admin/src/Resources/lang/en/app.php', text: "    'secret-key' => 'Secret Key',\n    'jwt-secret' => 'JWT Secret'," },
  { file: 'config/locales/en.yml', text: 'en:\n  settings:\n    secret_key: Secret key\n    session_secret: Session secret' },
  { file: 'src/i18n/de.json', text: '{ "jwtSecret": "Geheimer Schlüssel" }' },
  { file: 'src/i18n/de.json', text: '{ "sessionSecret": "Sitzungsgeheimnis", "secretKey": "Geheimschluessel" }' },
  { file: 'config/locales/fr.yml', text: 'fr:\n  secret_key_base: "Clé_secrète_de_base"\n  jwt_secret: JWTSecretLabel' },
  // A Fernet key read from the environment, made at run time, or empty (Airflow's compose file leaves it so).
  { file: 'app/crypto.py', text: "f = Fernet(os.environ['FERNET_KEY'])\ng = Fernet(Fernet.generate_key())\nh = fernet.Fernet(key)" },
  { file: 'app/users.py', text: 'def get_jwt_strategy() -> JWTStrategy:\n    return JWTStrategy(secret=settings.JWT_SECRET, lifetime_seconds=3600)' },
  // A keyword argument that is not the key, and keys by keyword that are read or made.
  { file: 'app/auth.py', text: "token = jwt.encode(payload, os.environ['JWT_KEY'], algorithm='HS256')\nclaims = jwt.decode(token, key=settings.JWT_KEY, algorithms=['HS256'])\nf = Fernet(key=Fernet.generate_key())" },
  { file: 'app/sign.py', text: "mac = hmac.new(key=b'sha256', msg=body)\nmac2 = hmac.new(msg=b'q8Zr4nM2xV7bL1cK9pT3wY6u', key=key)" },
  { file: 'src/auth.rs', text: 'let key = EncodingKey::from_secret(&secret[..]);' },
  { file: 'docker-compose.yaml', text: "x-airflow-common:\n  environment:\n    AIRFLOW__CORE__FERNET_KEY: ''\n    AIRFLOW__WEBSERVER__SECRET_KEY: ${SECRET_KEY}" },
  { file: 'src/fernet.js', text: "const token = new Fernet({ secret: secret }).encode(msg);" },
  // Airflow's own value for no key, and settings about keys that hold none.
  { file: 'airflow.cfg', text: '[core]\nfernet_key = cryptography_not_found_storing_passwords_in_plain_text' },
  { file: 'config.py', text: "ROTATE_FERNET_KEYS = 'enabled'" },
  { file: 'config/settings.py', text: "FERNET_KEYS = [\n    env('FERNET_KEY'),\n    env('OLD_FERNET_KEY', default=None),\n]" },
  // `<machineKey>`'s default generates its keys; another element's attribute of that name is no machine key.
  { file: 'Web.config', text: '<system.web>\n  <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />\n</system.web>' },
  { file: 'Web.config', text: '<captcha validationKey="C50B3C89CB21F4F1422FF158A5B42D0E" />\n<machineKey validation="SHA1" />' },
  // A program's own lower-case variable, not Django's setting: the names of keys a script generates (kolla-ansible's
  // `genpwd.py`).
  { file: 'kolla_ansible/cmd/genpwd.py', text: "def main():\n    fernet_keys = ['barbican_crypto_key', 'keystone_fernet_key']\n    return fernet_keys" },
  // Rust's jsonwebtoken given the environment's key, a variable, or a PEM key (which has a finding of its own).
  { file: 'src/auth.rs', text: 'let key = EncodingKey::from_secret(std::env::var("JWT_SECRET")?.as_bytes());\nlet k2 = DecodingKey::from_secret(secret.as_ref());\nlet k3 = EncodingKey::from_rsa_pem(include_bytes!("key.pem"))?;' },
  { file: 'src/auth.js', text: "const key = EncodingKey.from_secret('q8Zr4nM2xV7bL1cK9pT3wY6u');" },
  // Words of another language, each part cased as a word is (docuseal's Dutch and a German label).
  { file: 'config/locales/i18n.yml', text: 'nl:\n  hmac_signing_secret: HMAC-ondertekeningsgeheim\nde:\n  jwt_secret: JWT-Signaturgeheimnisschluessel' },
  // Python: environment, secret store, generated
  { file: 'settings.py', text: "SECRET_KEY = os.environ['SECRET_KEY']" },
  { file: 'settings.py', text: "SECRET_KEY = os.environ.get('SECRET_KEY')" },
  { file: 'settings.py', text: "SECRET_KEY = os.getenv('SECRET_KEY', '')" },
  { file: 'settings.py', text: 'SECRET_KEY = get_random_secret_key()' },
  { file: 'settings.py', text: "SECRET_KEY = env('SECRET_KEY')" },
  { file: 'settings.py', text: "SECRET_KEY = config('SECRET_KEY')" },
  { file: 'settings.py', text: 'SECRET_KEY = env.str("SECRET_KEY")' },
  { file: 'settings.py', text: "SECRET_KEY = ''" },
  { file: 'settings.py', text: 'SECRET_KEY = None' },
  { file: 'settings.py', text: 'SECRET_KEY = secrets.token_urlsafe(50)' },
  { file: 'settings.py', text: "SECRET_KEY = Path('/run/secrets/django_key').read_text().strip()" },
  { file: 'settings.py', text: "SECRET_KEY = f'{PREFIX}-key'" },
  { file: 'settings.py', text: "SECRET_KEY = '%(secret)s'" },
  // PHP builds the value at run time: `.` joins strings there.
  { file: 'app/Utilities/Installer.php', text: "static::updateEnv([\n    'APP_KEY' => 'base64:'.base64_encode(random_bytes(32)),\n]);" },
  { file: 'config/jwt.php', text: "'secret' => 'prefix-' . env('JWT_SUFFIX')," },
  // A quoted annotation (a forward reference) is a type, not the value.
  { file: 'sentry_sdk/utils.py', text: 'class Auth:\n    def __init__(\n        self,\n        secret_key: "Optional[str]" = None,\n        version: int = 7,\n    ) -> None:' },
  { file: 'client.py', text: "def connect(\n    jwt_secret: 'str | None',\n    timeout: int = 5,\n):" },
  { file: 'models.py', text: 'class Settings:\n    secret_key: "SecretStr"' },
  { file: 'settings.py', text: "SECRET_KEY = '%(secret)05d-%(salt)s'" },
  // A command written into a literal is no key (and no secret): it was meant to run.
  { file: 'settings.py', text: "SECRET_KEY = '$(openssl rand -hex 32)'" },
  { file: 'config.js', text: "const JWT_SECRET = '$(cat /run/secrets/jwt)';" },
  // Outside a programming language's literal, `$(` and `%(` still substitute.
  { file: 'config.ini', text: '[app]\nsecret_key = q7$(Zx2!vN9kLm4@pR8wT1yB6' },
  { file: 'app.env.yml', text: 'secret_key: "q7%(Zx2)!vN9kLm4@pR8wT1yB6"' },
  { file: 'settings.py.j2', text: 'SECRET_KEY = "{{ django_secret_key }}"' },
  { file: 'settings.py', text: "SECRET_KEY_FILE = '/run/secrets/secret_key'" },
  { file: 'settings.py', text: "SETTING_NAME = 'SECRET_KEY'" },
  { file: 'app.py', text: 'app.secret_key = os.urandom(24)' },
  { file: 'app.py', text: "app.config.from_mapping(SECRET_KEY=os.environ['SECRET_KEY'])" },
  { file: 'app.py', text: "def create_app(secret_key='dev'):" },
  { file: 'auth.js', text: "function sign(payload, { jwtSecret = 'dev' } = {}) {" },
  { file: 'app.py', text: "make = lambda secret_key='dev': Flask(secret_key)" },
  { file: 'config.py', text: '    secret_key: str' },
  { file: 'checks.py', text: "if SECRET_KEY == 'dev':" },
  { file: 'tests.py', text: "self.assertEqual(settings.SECRET_KEY, 'expected')" },
  { file: 'auth.py', text: "token = jwt.encode(payload, settings.SECRET_KEY, algorithm='HS256')" },
  { file: 'auth.py', text: 'token = jwt.encode(payload, key, algorithm="HS256")' },
  { file: 'auth.py', text: "data = jwt.decode(token, options={'verify_signature': False})" },
  { file: 'main.py', text: 'app.add_middleware(SessionMiddleware, secret_key=settings.secret_key)' },
  { file: 'main.py', text: 'app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])' },
  { file: 'settings.py', text: 'SECRET_KEY = 42' },
  // JavaScript / TypeScript
  { file: 'config.js', text: 'const JWT_SECRET = process.env.JWT_SECRET;' },
  { file: 'config.js', text: 'const { JWT_SECRET } = process.env;' },
  { file: 'app.js', text: 'app.use(session({ secret: process.env.SESSION_SECRET, resave: false }))' },
  { file: 'app.js', text: 'app.use(session({\n  secret: config.sessionSecret,\n  store: new RedisStore({ client }),\n}))' },
  { file: 'app.js', text: 'app.use(cookieParser(process.env.COOKIE_SECRET))' },
  { file: 'app.js', text: 'app.use(cookieParser())' },
  { file: 'src/auth/auth.module.ts', text: 'JwtModule.register({ secret: jwtConstants.secret })' },
  { file: 'src/auth/auth.module.ts', text: "JwtModule.registerAsync({\n  useFactory: (config: ConfigService) => ({\n    secret: config.get<string>('JWT_SECRET'),\n  }),\n})" },
  { file: 'auth.js', text: 'const token = jwt.sign(payload, process.env.JWT_SECRET)' },
  { file: 'auth.js', text: "const token = jwt.sign(payload, secret, { expiresIn: '1h' })" },
  { file: 'auth.js', text: "const token = jwt.sign({ foo: 'bar' }, privateKey, { algorithm: 'RS256' })" },
  { file: 'auth.js', text: 'const decoded = jwt.verify(token, config.jwtSecret)' },
  { file: 'auth.js', text: "const decoded = jwt.decode(token, { complete: true })" },
  { file: 'config.ts', text: 'interface Config {\n  jwtSecret: string;\n  sessionSecret?: string;\n}' },
  { file: 'config.ts', text: 'constructor(private readonly jwtSecret: string) {}' },
  { file: 'check.ts', text: "if (JWT_SECRET === 'changeme') throw new Error('set JWT_SECRET');" },
  { file: 'config.ts', text: 'const JWT_SECRET = `${prefix}-jwt`;' },
  { file: 'config.ts', text: "const jwtSecret = configService.get<string>('JWT_SECRET');" },
  { file: 'config.js', text: 'module.exports = { jwtSecret: true, sessionSecret: 3600 };' },
  { file: 'i18n.js', text: "const messages = { secret: 'Secret', title: 'Session' };" },
  // Ruby
  { file: 'config/secrets.yml', text: 'production:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>' },
  { file: 'config/environments/production.rb', text: "config.secret_key_base = ENV.fetch('SECRET_KEY_BASE')" },
  { file: 'config/environments/production.rb', text: 'config.secret_key_base = Rails.application.credentials.secret_key_base' },
  { file: 'app.rb', text: "set :session_secret, ENV.fetch('SESSION_SECRET') { SecureRandom.hex(64) }" },
  // PHP
  { file: 'config/app.php', text: "    'key' => env('APP_KEY')," },
  { file: 'config/app.php', text: "    'cipher' => 'AES-256-CBC'," },
  // A `'salt'` outside CakePHP's `'Security'` array (a Hashids salt), a `'key'` outside Magento's `'crypt'`.
  { file: 'config/app.php', text: "<?php\nreturn [\n    'hashids' => [\n        'salt' => 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA',\n        'length' => 8,\n    ],\n];" },
  { file: 'app/etc/env.php', text: "<?php\nreturn [\n    'remote_storage' => [\n        'driver' => 'aws-s3',\n        'config' => [\n            'credentials' => [\n                'key' => 'Vq3mZ8kR2xL7pN4wT9bC6hF1',\n            ],\n        ],\n    ],\n];" },
  // CodeIgniter's template leaves the key empty; its other properties, a comparison and another class's `$key` are none.
  { file: 'app/Config/Encryption.php', text: "<?php\nclass Encryption extends BaseConfig\n{\n    public string $key = '';\n    public string $driver = 'OpenSSL';\n    public string $digest = 'SHA512';\n}" },
  { file: 'app/Config/Encryption.php', text: "<?php\n        if ($key == 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA') {}" },
  { file: 'app/Libraries/Cache.php', text: "<?php\nclass Cache\n{\n    protected string $key = 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA';\n}" },
  { file: 'libraries/config.sample.inc.php', text: "<?php\n$cfg['blowfish_secret'] = ''; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */" },
  // Flask-Security's token salts name what a signed token is for, and are no secret.
  { file: 'app/config.py', text: "SECURITY_RESET_SALT = 'reset-salt-4f9a2c'\nSECURITY_CONFIRM_SALT = 'confirm-salt-8d1e7b'\nSECURITY_LOGIN_SALT = 'login-salt-2c6a9f'" },
  { file: 'app/config.py', text: "SECURITY_PASSWORD_SALT = os.environ.get('SECURITY_PASSWORD_SALT')" },
  // Keybase, the application, and the stem of a cache's keys are no key base.
  { file: 'config/settings.py', text: "KEYBASE_USERNAME = 'q8Zr4nM2xV7bL1cK9pT3wY6h'\nCACHE_KEY_BASE = 'q8Zr4nM2xV7bL1cK9pT3wY6h'" },
  { file: 'src/keys.ts', text: "const keybase = 'q8Zr4nM2xV7bL1cK9pT3wY6h';" },
  // A key base outside Elixir's configuration, or of a path or a store: a list's key, an object store's prefix.
  { file: 'src/List.tsx', text: "const keyBase = 'todo-list-item';" },
  { file: 'app/storage.py', text: 'S3_KEY_BASE = "media-2024-archive"\nkey_base = "user:profile:v2"' },
  { file: 'config/locales.yml', text: 'i18n:\n  key_base: "admin.dashboard"' },
  { file: 'lib/cache.rb', text: 'SESSION_KEY_BASE = "myapp-session"' },
  // A deterministic key that is no encryption's: a sort's, a hash's.
  { file: 'app/hashing.py', text: 'DETERMINISTIC_KEY = "order_id"\nsort_deterministic_key = "q8Zr4nM2xV7bL1cK9pT3wY6h"' },
  // A self-hosted store's login in a Kubernetes container's env list: the same word, or words that mirror each other.
  { file: 'dev/k8s/manifests/s3.yaml', text: 'containers:\n  - name: garage\n    env:\n      - name: GARAGE_DEFAULT_ACCESS_KEY\n        value: "minio_user"\n      - name: GARAGE_DEFAULT_SECRET_KEY\n        value: "minio_password"\n      - name: STORE_SECRET_KEY\n        value: "same_word"\n      - name: STORE_ACCESS_KEY\n        value: "same_word"' },
  // A table's primary key, named anywhere else.
  { file: 'app/models/order.rb', text: 'class Order < ApplicationRecord\n  self.primary_key = "order_uuid_q8Zr4nM2xV7bL1cK"\nend' },
  { file: 'db/migrate/20240101_create_orders.rb', text: "create_table :orders, primary_key: 'order_uuid_q8Zr4nM2xV7bL1cK' do |t|\nend\nhas_many :items, primary_key: 'q8Zr4nM2xV7bL1cKaZ', foreign_key: 'order_id'\nsettings = { deterministic_key: 'q8Zr4nM2xV7bL1cK9pT3wY6h' }" },
  { file: 'config/environments/production.rb', text: "config.active_record.encryption = {\n  primary_key: ENV['AR_PRIMARY_KEY'],\n  deterministic_key: Rails.application.credentials.ar_deterministic_key\n}" },
  // A cipher's name for an access key's encryption is no key.
  { file: 'app/storage.py', text: 'ACCESS_KEY_ENCRYPTION = "aes-256-gcm"\nS3_ACCESS_KEY_ENCRYPTION = "AES256"' },
  // A cookie's name is no key: `COOKIE_KEY` alone is read for nothing.
  { file: 'src/auth.js', text: "const COOKIE_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6h';" },
  { file: 'config/environments/production.rb', text: "  config.active_record.encryption.deterministic_key = ENV['ENCRYPTION_DETERMINISTIC_KEY']" },
  // Pyramid's signers given a setting; `auth.secret` outside a PasteDeploy file.
  { file: 'myapp/__init__.py', text: "factory = SignedCookieSessionFactory(settings['session.secret'])\npolicy = AuthTktAuthenticationPolicy(secret=settings['auth.secret'])" },
  { file: 'src/auth.test.ts', text: "expect(sign('better-auth.secret')).toBe(cookie);\nconst name = 'auth.secret';" },
  { file: 'production.ini', text: '[app:main]\nauth.secret = %(AUTH_SECRET)s' },
  { file: 'jupyterhub_config.py', text: "c.CryptKeeper.keys = os.environ['JUPYTERHUB_CRYPT_KEY'].split(';')\nc.CryptKeeper.n_threads = 4" },
  // Ciphertext in the envelope a configuration tool decrypts on load: hiera-eyaml, SOPS, Jasypt.
  { file: 'data/common.yaml', text: 'profile::app::cookie_secret: ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEAq8Zr4nM2]' },
  { file: 'hieradata/nodes/web.yaml', text: "app::secret_key: 'ENC[GPG,hQEMA1q8Zr4nM2xV7bL1AQf/cK9pT3wY6hF0dS5gJa]'" },
  { file: 'data/nodes/db.yaml', text: 'app::jwt_secret: ENC[q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa==]' },
  { file: 'secrets/prod.enc.yaml', text: 'secret_key: ENC[AES256_GCM,data:Tr7o1Jn3k5gM2Vw==,iv:1P2kYx8sEyV5u0gR2ng3MslqGQ5J1FaMzZ6eLkNq+vo=,tag:QnYl2S0hR7D3sQ4yM8y0Vw==,type:str]\nsops:\n    version: 3.8.1' },
  { file: 'src/main/resources/application.yml', text: 'jwt:\n  secret: ENC(nrmZtkF7T0kjG/VodDvBw93Ct8EgjCA+)' },
  // A wallet's extended public key (BIP32 `xpub…`, SLIP-132's `zpub…`), under whatever name: watch-only, published.
  { file: 'BTCPayServer/appsettings.json', text: '{ "signingKey": "xpub6DAbGSbTtAANpHjqr2ZqU5yD5KeNqRMWJKwb9uQ6XyJ8hLsThMjPMAvNX7QMPTXyFRRxrj23yQ4iRj7JxgbN4vSGB1zPpLScpRsrwdbtB9V-[p2sh]" }' },
  { file: 'config/wallet.yml', text: 'signing_key: zpub6DAbGSbTtAANpHjqr2ZqU5yD5KeNqRMWJKwb9uQ6XyJ8hLsThMjPMAvNX7QMPTXyFRRxrj23yQ4iRj7JxgbN4vSGB1zPpLScpRsrwdbtB9V' },
  // A file to read the key from, as PostgREST takes it after `@`.
  { file: 'postgrest.conf', text: 'jwt-secret = "@/run/secrets/jwt"' },
  { file: 'test/spec.sh', text: 'PGRST_JWT_SECRET=@./secret.txt postgrest' },
  // What is shown or stored of a key instead of it, and a mask of plus signs.
  { file: 'web/src/features/public-api/server/apiKeys.ts', text: "const key = { displaySecretKey: 'sk-lf-...1234', hashedSecretKey: 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA' };" },
  { file: 'app/models.py', text: "masked_secret_key = 'Vq3m************************0yA'\nREDACTED_JWT_SECRET = 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA'" },
  { file: 'py/core/configs/full.toml', text: '[auth]\nsecret_key = "++++++++"' },
  // Terraform's AWS credentials are an AWS secret access key, `known-token`'s to judge (LocalStack's mock is none).
  { file: 'main.tf', text: 'provider "aws" {\n  region     = "us-east-1"\n  access_key = "mock_access_key"\n  secret_key = "mock_secret_key"\n  endpoints {\n    s3 = "http://localhost:4566"\n  }\n}' },
  // JWE's content encryption key (a header's name, a per-message key sent wrapped); rspamd's public storage key.
  { file: 'jwe/headers_gen.go', text: 'package jwe\n\nconst (\n\tContentEncryptionKey = "enc"\n)' },
  { file: 'test/Core.Test/ReportTests.cs', text: '            ContentEncryptionKey = "Vq3mZ8kR2xL7pN4wT9bC6hF1",' },
  { file: 'data/conf/rspamd/local.d/fuzzy_check.conf', text: 'rule "mailcow" {\n    encryption_key = "oa7xjgdr9u7w3hq1xbttas6brgau8qc17yi7ur5huaeq6paq8h4y";\n}' },
  // A data key read from elsewhere, its id, its path, and the key encrypted under another.
  { file: 'src/Seeder/CipherComposer.cs', text: '            EncryptionKey = encryptionKey,\n            ContentEncryptionKey = organizationReport.ContentEncryptionKey;' },
  { file: 'config/app.yml', text: 'kms:\n  encryption_key_id: "alias/app-data"\n  encryption_key_path: /run/secrets/data-key\n  encrypted_encryption_key: "AQICAHh…"' },
  // A user's password in a hapi app, and a `password` option of another call, are no cookie key.
  { file: 'server.js', text: "const Hapi = require('@hapi/hapi');\nconst users = { john: { username: 'john', password: 'Vq3mZ8kR2xL7pN4wT9bC6hF1' } };\nawait pool.connect({ user: 'app', password: 'Vq3mZ8kR2xL7pN4wT9bC6hF1' });" },
  // A Kubernetes Secret's `data` that decodes to a variable's name or a path names where the value is.
  { file: 'k8s/secret.yaml', text: 'kind: Secret\ndata:\n  JWT_SECRET: SldUX1NFQ1JFVF9WQUxVRQ==\n  SECRET_KEY: L3J1bi9zZWNyZXRzL3NlY3JldC1rZXk=\n' },
  // A bare `SECRET` without Directus's image; Directus's `KEY`, its project's id.
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    image: acme/app\n    environment:\n      SECRET: "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n' },
  { file: 'docker-compose.yml', text: 'services:\n  directus:\n    image: directus/directus\n    environment:\n      KEY: "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n      SECRET: ${DIRECTUS_SECRET}\n' },
  // Only the variable as Directus reads it, in capitals and set with `:` or `=`.
  { file: 'docker-compose.yml', text: 'services:\n  directus:\n    image: directus/directus\n    labels:\n      secret: "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n    healthcheck:\n      test: ["CMD", "SECRET", "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"]\n' },
  // Yii's templates leave the key empty for `init` to fill; CakePHP's installer replaces `__SALT__`; a `salt` of
  // another PHP file is that code's own.
  { file: 'environments/dev/frontend/config/main-local.php', text: "return ['components' => ['request' => ['cookieValidationKey' => '']]];" },
  { file: 'config/app_local.example.php', text: "    'Security' => [\n        'salt' => env('SECURITY_SALT', '__SALT__'),\n    ]," },
  { file: 'src/Model/Table/UsersTable.php', text: "        $options = ['salt' => 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA', 'cost' => 12];" },
  { file: 'config/app.php', text: "    'Security' => [\n        'salt' => env('SECURITY_SALT'),\n    ]," },
  { file: 'config/broadcasting.php', text: "    'key' => env('PUSHER_APP_KEY')," },
  { file: 'wp-config.php', text: "define( 'AUTH_KEY', getenv('WP_AUTH_KEY') );" },
  { file: 'Security.php', text: "$secretKey = $_ENV['SECRET_KEY'];" },
  { file: 'config/packages/framework.yaml', text: "framework:\n    secret: '%env(APP_SECRET)%'" },
  // The Supabase CLI reads `"env(NAME)"` from the environment (`supabase init` writes it).
  { file: 'supabase/config.toml', text: '[auth]\njwt_secret = "env(SUPABASE_AUTH_JWT_SECRET)"\n\n[storage.s3_protocol]\ns3_secret_key = "env(S3_SECRET_KEY)"' },
  // Hoppscotch substitutes its environment's variables into a request: `<<name>>` names one.
  { file: 'collections/aws-signature.json', text: '{\n  "auth": {\n    "authType": "aws-signature",\n    "secretKey": "<<AWS_SECRET_KEY>>"\n  }\n}' },
  { file: 'environments/aws.json', text: '[{ "name": "aws", "variables": [], "auth": { "accessKey": "<<accessKey>>", "secretKey": "<<secretVarKey>>" } }]' },
  { file: 'supabase/config.toml', text: "[auth]\njwt_secret = 'env(SUPABASE_AUTH_JWT_SECRET)'" },
  // Java / Spring
  { file: 'application.properties', text: 'jwt.secret=${JWT_SECRET}' },
  { file: 'application.properties', text: 'jwt.secret=' },
  { file: 'application.properties', text: 'jwt.expiration=86400' },
  { file: 'application.yml', text: 'jwt:\n  secret: ${JWT_SECRET}\n  expiration: 3600' },
  { file: 'JwtUtil.java', text: '    @Value("${jwt.secret}")\n    private String jwtSecret;' },
  { file: 'JwtUtil.java', text: '        this.secretKey = secretKey;' },
  { file: 'JwtUtil.java', text: '    String secretKey = System.getenv("SECRET_KEY");' },
  { file: 'JwtProvider.java', text: '        .signWith(key)' },
  { file: 'src/Token.php', text: "$jwt = JWT::encode($payload, $key, 'HS256');" },
  { file: 'settings.py', text: "SECRET_KEY_FALLBACKS = [env('OLD_SECRET_KEY')]" },
  { file: 'ecs-task.json', text: '{ "name": "JWT_SECRET", "valueFrom": "arn:aws:ssm:eu-west-1:1:parameter/jwt" }' },
  { file: 'config.ru', text: "use Rack::Session::Cookie, key: 'rack.session', secret: ENV.fetch('SESSION_SECRET')" },
  // Go
  { file: 'main.go', text: 'jwtKey := []byte(os.Getenv("JWT_SECRET"))' },
  { file: 'main.go', text: 'tokenString, err := token.SignedString(jwtKey)' },
  { file: 'main.go', text: 'tokenString, err := token.SignedString([]byte(cfg.Secret))' },
  { file: 'main.go', text: 'var jwtSecret []byte' },
  { file: 'signer.go', text: 'func NewSigner(secretKey string) *Signer {' },
  { file: 'server.go', text: '\tSigningKey: []byte(os.Getenv("JWT_SECRET")),' },
  // YAML
  { file: 'docker-compose.yml', text: '    environment:\n      - SECRET_KEY=${SECRET_KEY}' },
  { file: 'docker-compose.yml', text: '    environment:\n      SECRET_KEY: ${SECRET_KEY:?set SECRET_KEY}' },
  { file: 'docker-compose.yml', text: '    environment:\n      - SECRET_KEY\n      - DEBUG=0' },
  { file: 'docker-compose.yml', text: '    environment:\n      - SECRET_KEY_FILE=/run/secrets/django_secret_key' },
  { file: '.github/workflows/deploy.yml', text: '    env:\n      SECRET_KEY: ${{ secrets.SECRET_KEY }}' },
  { file: 'k8s/deployment.yaml', text: '        env:\n          - name: SECRET_KEY\n            valueFrom:\n              secretKeyRef:\n                name: django\n                key: secret-key' },
  { file: 'charts/app/values.yaml', text: 'app:\n  secretKey: ""' },
  { file: 'charts/app/templates/secret.yaml', text: 'stringData:\n  SECRET_KEY: {{ .Values.secretKey | quote }}' },
  { file: 'roles/app/defaults/main.yml', text: 'secret_key: "{{ vault_secret_key }}"' },
  { file: 'k8s/secret.yaml', text: 'kind: Secret\ndata:\n  SECRET_KEY: ""' },
  { file: 'config/pusher.yml', text: 'PUSHER_APP_KEY: a1b2c3d4e5f6a7b8c9d0' },
  // JSON, TOML, INI, systemd
  { file: 'config.json', text: '{"SECRET_KEY": ""}' },
  { file: 'config.json', text: '{"jwtSecret": null, "sessionSecret": false}' },
  { file: 'config.json', text: '{"SECRET_KEY": "${SECRET_KEY}"}' },
  { file: 'config.toml', text: 'secret_key = ""' },
  { file: 'config.toml', text: 'secret_key_env = "SECRET_KEY"' },
  { file: 'config.ini', text: '[app]\nsecret_key = %(ENV_SECRET)s' },
  { file: 'config.ini', text: 'secret_key =' },
  { file: 'app.service', text: 'Environment=SECRET_KEY_FILE=/etc/app/secret_key' },
  { file: 'app.service', text: 'EnvironmentFile=/etc/app/secret.env' },
  // Dockerfile, shell
  { file: 'Dockerfile', text: 'ARG SECRET_KEY' },
  { file: 'Dockerfile', text: 'ENV SECRET_KEY=$SECRET_KEY' },
  { file: 'Dockerfile', text: 'ENV SECRET_KEY=${SECRET_KEY}' },
  { file: 'Dockerfile', text: 'RUN --mount=type=secret,id=secret_key SECRET_KEY=$(cat /run/secrets/secret_key) python manage.py collectstatic' },
  { file: 'entrypoint.sh', text: 'export SECRET_KEY="$(openssl rand -hex 32)"' },
  { file: 'entrypoint.sh', text: ': "${SECRET_KEY:?SECRET_KEY must be set}"' },
  // A value that is a dotenv line: the installer writes `NAME=` lines (statamic); their own value is read on its own.
  { file: 'src/Console/Commands/InstallCollaboration.php', text: "        $variables = [\n            'PUSHER_APP_KEY' => 'PUSHER_APP_KEY=',\n            'PUSHER_APP_SECRET' => 'PUSHER_APP_SECRET=',\n        ];" },
  // Helm values pointing at an entry of a Kubernetes Secret: the key to look the value up under.
  { file: 'charts/pdc-agent/values.yaml', text: '# -- If set, the token is read from this secret\ntokenSecretName: ""\n# -- The key the token is under in that secret\ntokenSecretKey: "token"\nclusterSecretName: ""\nclusterSecretKey: "cluster"' },
  { file: 'charts/snyk-exporter/values.yaml', text: 'secret:\n  # -- Name of the secret\n  name: ""\n  # -- Key under which the Snyk API key is stored\n  key: snykApiToken' },
  { file: 'charts/app/values.yaml', text: 'auth:\n  existing_secret_name: app-auth\n  existing_secret_key: jwt-secret' },
  // Bitnami's Kafka chart: each `…SecretKey` names the entry of the Secret `passwordsSecret` names, by default
  // its own first words; Prometheus' object storage and Vault's chart name a Secret and the entry in it; AWX's
  // credential lookups a path in Vault and the key there.
  { file: 'bitnami/kafka/values.yaml', text: 'tls:\n  passwordsSecret: ""\n  keyPasswordSecretKey: key-password\n  keystorePasswordSecretKey: keystore-password\n  truststorePasswordSecretKey: truststore_password' },
  { file: 'bitnami/prometheus/values.yaml', text: 'thanos:\n  objectStorageConfig:\n    secretName: ""\n    secretKey: thanos.yaml' },
  { file: 'vault-helm/values.yaml', text: '  enterpriseLicense:\n    # The name of the Kubernetes secret that holds the enterprise license.\n    secretName: ""\n    # The key within the Kubernetes secret that holds the enterprise license.\n    secretKey: "license"' },
  { file: 'tools/roles/vault/tasks/plumb.yml', text: '- name: Create a credential input source\n  metadata:\n    secret_backend: "my_engine"\n    secret_key: "my_key"\n    secret_path: "/my_root/my_folder"' },
  // A path to the file named as the setting: where the key is kept (a compose volume, its mode after it).
  { file: 'tools/docker-compose.yml.j2', text: 'services:\n  awx:\n    volumes:\n      - "../../docker-compose/_sources/SECRET_KEY:/etc/tower/SECRET_KEY"' },
  { file: 'docker-compose.yml', text: 'services:\n  app:\n    environment:\n      SECRET_KEY: /etc/tower/SECRET_KEY' },
  { file: 'docker-compose.yml', text: 'services:\n  awx:\n    volumes:\n      - "./_sources/SECRET_KEY:/etc/tower/SECRET_KEY:ro"' },
  // A call in a bare YAML value is code (Python in a ConfigMap read as YAML), and jasypt's `ENC(…)` an encrypted value.
  { file: 'bitnami/jupyterhub/templates/hub/configmap.yaml', text: 'data:\n  jupyterhub_config.py: |\n    c.JupyterHub.cookie_secret = get_secret_value("hub.config.JupyterHub.cookie_secret")' },
  { file: 'src/main/resources/application.properties', text: 'jwt.secret=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)' },
  { file: 'src/main/resources/application.yml', text: 'jwt:\n  secret: ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)' },
  { file: 'src/main/resources/application.yml', text: 'jwt:\n  secret: "ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)"' },
  // A `<x>Secret` set to a resource name of its own words names the Kubernetes Secret (Grafana's Tempo chart).
  { file: 'charts/tempo-distributed/values.yaml', text: 'tokengenJob:\n  storeTokenInSecret: false\n  # -- Name of the secret to store the admin token.\n  adminTokenSecret: "admin-token"' },
  // CodeIgniter's catalogues: `application/language/<language>/*_lang.php` (CodeIgniter 4: `app/Language/<code>/`).
  { file: 'application/language/albanian/translations_lang.php', text: "<?php\n$lang['secret_token'] = 'Token Sekret';\n$lang['secret_key'] = 'Çelësi sekret';" },
  { file: 'app/Language/de/Auth.php', text: "<?php\nreturn [\n    'jwtSecret' => 'JWT-Geheimnis',\n];" },
  { file: 'app/Language/pt-BR/Auth.php', text: "<?php\nreturn [\n    'jwtSecret' => 'Segredo do JWT',\n];" },
  // A message in another script in a translation catalogue (BookStack's `lang/ja/errors.php`).
  { file: 'lang/ja/errors.php', text: "<?php\nreturn [\n    'api_incorrect_token_secret' => '利用されたAPIトークンに対して提供されたシークレットが正しくありません',\n];" },
  // Bitnami's convention: `existingSecret` names the Secret, `existingSecretKey` the key in it.
  { file: 'values.yaml', text: 'redis:\n  auth:\n    password: ""\n    existingSecret: ""\n    existingSecretKey: redis-password' },
  { file: 'charts/rabbitmq-exporter/values.yaml', text: 'rabbitmq:\n  existingPasswordSecret: ~\n  existingPasswordSecretKey: password' },
  // Without its sibling too: an `existingSecret…` value, or an `existingSecret`'s `key:`, is a name whatever is beside it.
  { file: 'charts/app/values.yaml', text: 'jwt:\n  existingSecretKey: jwt-secret' },
  { file: 'charts/app/values.yaml', text: 'a:\n  existingSecretKey: TOKEN\nb:\n  existingSecretKey: ApiKey\nc:\n  existingSecretPasswordKey: admin_Password\nd:\n  existingSecretKey: key1' },
  { file: 'charts/kube-prometheus-stack/values.yaml', text: 'tracingConfig:\n  existingSecret:\n    key: tracing.yaml' },
  { file: 'charts/app/values.yaml', text: 'auth:\n  existing-secret: app-jwt-secret' },
  // `NAME=path:field` in a block of text is a vault path, not a key set to `field` (YAML ends a key with ": ").
  { file: 'deploy/secrets.yaml', text: 'with:\n  repo_secrets: |\n    PUBLIC_KEY=helm-chart-signing-key:public_key\n    PRIVATE_KEY=helm-chart-signing-key:private_key' },
  // An object of values to refuse: nestjs-boilerplate compares the environment against its placeholders.
  { file: 'src/auth/config/auth.config.ts', text: "const PLACEHOLDER_SECRETS = {\n  AUTH_JWT_SECRET: 'secret_for_jwt',\n  AUTH_REFRESH_SECRET: 'secret_for_refresh',\n} as const;" },
  { file: 'app/security.py', text: "WEAK_KEYS = {\n    'SECRET_KEY': 'changeme',\n    'JWT_SECRET': 'secret',\n}" },
  // A signing call given a parameter whose name a function's local constant also has: locals are no file constants.
  { file: 'src/auth.js', text: "function cacheKey(id) {\n  const key = 'user-profile-cache';\n  return key + id;\n}\nfunction issue(payload, key) {\n  return jwt.sign(payload, key);\n}" },
  // A signing call given a variable, an imported constant, or a name set twice.
  { file: 'src/auth.js', text: "import { SIGNING } from './keys';\nexport const issue = (p) => jwt.sign(p, SIGNING);" },
  { file: 'src/auth.js', text: "let key = 'a';\nkey = load();\nexport const issue = (p) => jwt.sign(p, key);" },
  { file: 'src/auth.js', text: "const KEY = 'a';\nconst KEY = 'b';\nexport const issue = (p) => jwt.sign(p, KEY);" },
  // The nearest assignment is not a literal alone, or not known to apply: a branch, another function, a parameter,
  // a reassignment on the way, a top-level default that a function sets later.
  { file: 'src/auth.js', text: "let secret = 'Lp09aXcvB3nm12Qe';\nif (process.env.JWT_SECRET) secret = process.env.JWT_SECRET;\nexport const issue = (p) => jwt.sign(p, secret);" },
  { file: 'src/auth.js', text: "function a() {\n  const secret = 'Lp09aXcvB3nm12Qe';\n  return secret.length;\n}\nfunction b(p) {\n  return jwt.sign(p, secret);\n}" },
  { file: 'src/auth.js', text: "let secret;\nif (dev) {\n  secret = 'Lp09aXcvB3nm12Qe';\n} else {\n  secret = load();\n}\njwt.sign(p, secret);" },
  { file: 'src/auth.js', text: "let secret = 'Lp09aXcvB3nm12Qe';\nexport function issue(p) {\n  return jwt.sign(p, secret);\n}\nexport function configure(env) {\n  secret = env.JWT_SECRET;\n}" },
  { file: 'src/auth.js', text: "function issue(p) {\n  const secret = 'Lp09aXcvB3nm12Qe' + suffix;\n  return jwt.sign(p, secret);\n}" },
  { file: 'src/auth.js', text: "function issue(p) {\n  const secret = `${prefix}-Lp09aXcvB3nm12Qe`;\n  return jwt.sign(p, secret);\n}" },
  { file: 'src/auth.js', text: "function issue(p) {\n  const secret = '';\n  return jwt.sign(p, secret);\n}" },
  { file: 'handlers/auth.go', text: 'func Login(c *gin.Context) {\n\tkey := []byte("Zq81mD0sLw9rT4xb")\n\tkey, err := loadKey()\n\ts, err := token.SignedString(key)\n}' },
  // A parameter of that name hides a variable (no constant) set above the function: not known.
  { file: 'src/auth.js', text: "let secret = 'Lp09aXcvB3nm12Qe';\nfunction issue(p, secret) {\n  return jwt.sign(p, secret);\n}" },
  { file: 'auth.py', text: 'key = "Mn34bVcx98Lk23Po"\n\ndef issue(user, key):\n    return jwt.encode({"sub": user.id}, key, algorithm="HS256")' },
  { file: 'auth.py', text: 'def issue(user):\n    key = os.environ["JWT_KEY"]\n    return jwt.encode({"sub": user.id}, key, algorithm="HS256")' },
  { file: 'auth.py', text: 'def issue(user):\n    for key in keys:\n        return jwt.encode({"sub": user.id}, key, algorithm="HS256")' },
  // YAML and TOML numbers and booleans are typed values, not strings.
  { file: 'config/app.yml', text: 'jwt_secret: 233' },
  { file: 'conf/app.ini', text: '[app]\nJwtSecret = false' },
  // A sentinel number in INI or .properties: a switch, not a key.
  { file: 'conf/app.ini', text: '[session]\nsession_secret = -1' },
  { file: 'src/main/resources/application.properties', text: 'jwt.secret=0' },
  // Code embedded in YAML (a compose `content: |` block, a ConfigMap): a method call is no value (coolify's templates).
  { file: 'templates/compose/superset.yaml', text: 'configs:\n  superset_config:\n    content: |\n      import os\n      SECRET_KEY = os.getenv("SECRET_KEY")' },
  { file: 'templates/compose/supabase.yaml', text: "configs:\n  functions:\n    content: |\n      const JWT_SECRET = Deno.env.get('JWT_SECRET')\n      const secretKey = encoder.encode(JWT_SECRET)\n      const jwtKey = new TextEncoder().encode(JWT_SECRET);" },
  // A marker a start-up script replaces with a variable (seaweedfs), LiteLLM's reference to one.
  { file: 'templates/compose/seaweedfs.yaml', text: 'configs:\n  s3:\n    content: |\n      {\n        "secretKey": "env:AWS_SECRET_ACCESS_KEY"\n      }' },
  { file: 'litellm/config.yaml', text: 'general_settings:\n  master_key: os.environ/LITELLM_MASTER_KEY\n  jwt_secret: os.environ/JWT_SECRET' },
  // Values partly masked by the tool that printed them (DefectDojo's saved reports of other scanners).
  { file: 'reports/sast.json', text: '{ "code" : "SECRET_KEY = \'lr***********...\'" }' },
  { file: 'app/config.py', text: "app.secret_key = 'yo****************'" },
  { file: 'app/auth.py', text: "token = jwt.encode(payload, 'cs**********', algorithm='HS256')" },
  { file: 'settings.py', text: "SECRET_KEY = 'sk-••••••••••••abcd'" },
  // Inside a command in a YAML string, a `NAME=` value is one word: here a mask (GitLab's packer jobs).
  { file: 'gitlab-ci-config/gitlab-com.yml', text: 'check:\n  script:\n    - cd packer && packer validate -var aws_access_key=XXX -var aws_secret_key=XXX -var download_url=XXX ce.pkr.hcl' },
  // A name that says it holds a message: the value is the message (Authelia's validator constants).
  { file: 'internal/configuration/validator/const.go', text: "const (\n\terrFmtIdentityValidationResetPasswordJWTSecret = \"identity_validation: reset_password: option 'jwt_secret' is required when the reset password functionality isn't disabled\"\n)" },
  { file: 'src/errors.ts', text: "export const ERR_MISSING_JWT_SECRET = 'JWT_SECRET is not set: generate one with openssl rand -hex 32';" },
  { file: 'app/forms.py', text: "help_secret_key = 'The key your app signs sessions with'" },
  // A qualifier of rotation makes no key of what names none: a database's primary key, a cache key, a public key.
  { file: 'app/settings.py', text: 'PRIMARY_KEY = "Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua"\nAPI_NEW_KEY = "Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua"\nCACHE_KEY_OLD = "Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua"\nPUBLIC_SIGNING_KEY_OLD = "Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua"' },
  // …and the name without it is judged as written: a camel-case `appKey` is an SDK's public id, not Laravel's key.
  { file: 'src/pusher.ts', text: "const appKeyNew = 'a1b2c3d4e5f6a7b8c9d0e1f4';\nconst authSecretNew = 'Zq8sT2vBJw5yKp0cXr7LmN3dFh9Qe1Ua';" },
  // An error code that says so after its first word: its value is its message.
  { file: 'src/errors.ts', text: "/** The encryption key is not set */\nexport const ENV_NOT_FOUND_KEY_DATA_ENCRYPTION_KEY = '\"DATA_ENCRYPTION_KEY\" was not found in the environment';" },
  { file: 'src/errors.ts', text: "export const ENV_INVALID_DATA_ENCRYPTION_KEY = '\"DATA_ENCRYPTION_KEY\" must be 32 characters long';" },
  { file: 'src/errors.ts', text: "export const jwtSecretMissingError = 'Set JWT_SECRET before you start the server';" },
  // A format's directive stands for the value printed into it.
  { file: 'scripts/server-setup.sh', text: 'printf \'SPREE_PATH=..\\nSECRET_KEY_BASE=%s\\n\' "$(openssl rand -hex 64)" > "$SERVER_DIR/.env"' },
  { file: 'main.go', text: 'env := fmt.Sprintf("JWT_SECRET=%v", key)' },
  { file: 'gen.py', text: 'print("SECRET_KEY=%s" % key)' },
  // A message a script prints: shell assigns with `=`, so words after `NAME:` are prose (kimai's entrypoint).
  { file: '.docker/entrypoint.sh', text: '  if [ -s "$SECRET_FILE" ]; then\n    APP_SECRET=$(cat "$SECRET_FILE")\n    echo "APP_SECRET: using persisted auto-generated secret"\n  fi' },
  { file: 'Dockerfile', text: 'RUN echo "SECRET_KEY: generated at start-up, see entrypoint.sh"' },
  { file: 'entrypoint.sh', text: 'if [ -z "$SECRET_KEY" ]; then exit 1; fi' },
  { file: 'entrypoint.sh', text: 'export SECRET_KEY' },
  { file: 'entrypoint.sh', text: 'SECRET_KEY="$(vault kv get -field=key secret/app)"' },
  // HCL
  { file: 'variables.tf', text: 'variable "secret_key" {\n  type      = string\n  sensitive = true\n}' },
  { file: 'variables.tf', text: 'variable "secret_key" {\n  default = ""\n}' },
  { file: 'main.tf', text: 'provider "aws" {\n  secret_key = var.secret_key\n}' },
  { file: 'main.tf', text: 'secret_key = data.aws_secretsmanager_secret_version.app.secret_string' },
  { file: 'main.tf', text: '  environment = {\n    SECRET_KEY = random_password.secret.result\n  }' },
  { file: 'main.tf', text: 'variable "secret_key_name" {\n  default = "prod/app/secret"\n}' },
  { file: '.leakproof.yml', text: 'rules:\n  hardcoded-secret-key: warning\n  secret-key-fallback: error' },
  { file: 'config.ts', text: "const { JWT_SECRET = '' } = process.env;" },
  { file: 'pyproject.toml', text: '[tool.pytest.ini_options]\nenv = ["DJANGO_SECRET_KEY=", "DEBUG=1"]' },
  { file: 'docker-compose.yml', text: '    environment:\n      - "JWT_SECRET="' },
  // Comments in configuration syntaxes are prose, not assignments
  { file: 'charts/app/values.yaml', text: 'app:\n  # Set with --set app.secretKey=... or an existing secret\n  secretKey: ""' },
  { file: 'values.yaml', text: 'image: app # secretKey: inline-comment-value' },
  { file: 'config.toml', text: '# secret_key = "commented-out"\nport = 80' },
  { file: 'config.ini', text: '; secret_key = commented-out\n# jwt_secret = also-commented' },
  { file: 'entrypoint.sh', text: '# export SECRET_KEY=commented-out' },
  { file: 'Dockerfile', text: '# ENV SECRET_KEY=commented-out' },
  { file: 'application.properties', text: '# jwt.secret=commented-out\n! jwt.secret=bang-comment' },
  { file: 'main.tf', text: '# secret_key = "commented"\n// secret_key = "slashes"' },
  { file: 'app.service', text: '# Environment=SECRET_KEY=commented-out' },
  // Code: comments and docstrings are prose, and so is a name inside a string of text
  { file: 'mysite/settings.py', text: '"""Settings for the demo site.\n\nSet the key in the environment; the docs used to show:\n\n    SECRET_KEY = \'django-insecure-demo-7Hq2x9\'\n"""\nimport os' },
  { file: 'src/flask/app.py', text: 'class Flask:\n    def __init__(self):\n        """The application object.\n\n        Usage::\n\n            app = Flask(__name__)\n            app.secret_key = \'development key\'\n        """\n        self.config = {}' },
  { file: 'lib/session.js', text: "/**\n * Create a session middleware.\n *\n * @example\n * app.use(session({ secret: 'keyboard cat' }))\n */\nfunction session(options) {}" },
  // Options in a variable that no signing call is given, or given elsewhere.
  { file: 'src/payments.js', text: "const opts = {\n  secret: 'Qw12eRty56Ui78OpZx90',\n};\nmodule.exports = createClient(opts);" },
  { file: 'src/config.js', text: "const options = {\n  secret: 'Qw12eRty56Ui78OpZx90',\n};\nmodule.exports = options;" },
  { file: 'src/app.js', text: "const sess = {\n  secret: process.env.SESSION_SECRET,\n};\napp.use(session(sess));" },
  { file: 'lib/my_gem/railtie.rb', text: '# Set it in config/application.rb:\n#\n#   config.secret_key_base = "…"\nclass Railtie; end' },
  { file: 'config/initializers/notes.rb', text: '=begin\nconfig.secret_key_base = "3b7cd727ee24e8444053437c36cc66c3"\n=end\nRails.application.configure { }' },
  { file: 'lib/tasks/setup.rb', text: "File.write('config/initializers/secret_token.rb', <<~RUBY)\n  Rails.application.config.secret_key_base = '3b7cd727ee24e8444053437c36cc66c3'\nRUBY" },
  { file: 'lib/signed.js', text: "if (!req.secret) throw new Error('cookieParser(\"secret\") required for signed cookies');" },
  { file: 'app/checks.py', text: "raise ImproperlyConfigured(\"Set SECRET_KEY = 'xyz' in your settings\")" },
  { file: 'src/Console/KeyCommand.php', text: "$this->error(\"Add 'key' => 'base64:...' or set JWT_SECRET = 'abc123' in your .env\");" },
  { file: 'logger.js', text: "log.warn(`JWT_SECRET = '${masked}' is weak; jwt.sign(payload, 'secret') is a demo`);" },
  { file: 'auth/doc.go', text: '/*\nPackage auth signs tokens. For a quick test:\n\n\tvar jwtKey = []byte("my_secret_key")\n*/\npackage auth' },
  { file: 'src/main/java/JwtUtil.java', text: '/**\n * Example:\n * <pre>\n *   private static final String SECRET_KEY = "mySecretKey";\n * </pre>\n */\npublic class JwtUtil {}' },
  { file: 'Startup.cs', text: '/// <example>\n/// var signingKey = "ThisIsMySecretKeyForJwt";\n/// </example>\npublic class Startup {}' },
  { file: 'settings.py', text: "SECRET_KEY = os.environ['SECRET_KEY']  # was: SECRET_KEY = 'old-key-9f2kQx'" },
  { file: 'setup.ts', text: "write('settings.py', `DEBUG = True\\nJWT_SECRET = 'escaped-value'\\n`);" },
  // Resources that name secrets held elsewhere
  { file: 'k8s/external-secret.yaml', text: 'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n    - secretKey: SECRET_KEY\n      remoteRef:\n        key: prod/app/secret-key' },
  // A Kubernetes Secret's `data` is base64: a value that decodes to a mark or a template's variable is none.
  { file: 'k8s/secret.yaml', text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  JWT_SECRET: PHlvdXIgand0IHNlY3JldD4=\n  SECRET_KEY: JHtTRUNSRVRfS0VZfQ==\n  SESSION_SECRET: e3sgc2Vzc2lvbl9zZWNyZXQgfX0=\n' },
  { file: 'deploy/secrets.yaml', text: 'kind: Secret\napiVersion: v1\nmetadata:\n  name: app\ndata:\n  cookie-secret: eHh4eHh4eHh4eHh4eHh4eA==\n' },
  { file: 'k8s/sealed-secret.yaml', text: 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    SECRET_KEY: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq' },
  { file: 'config/custom-environment-variables.json', text: '{\n  "jwtSecret": "JWT_SECRET"\n}' },
  { file: 'config/custom-environment-variables.json', text: '{\n  "authentication": {\n    "secret": "FEATHERS_SECRET"\n  }\n}' },
  // In Helm values an `authentication: secret:` names a Kubernetes Secret; and a `secret` under another parent is no Feathers key.
  { file: 'charts/app/values.yaml', text: 'authentication:\n  secret: app-auth\n' },
  { file: 'config/default.json', text: '{\n  "storage": {\n    "secret": "bucket-name-here"\n  }\n}' },
  { file: 'config/default.json', text: '{\n  "authentication": {\n    "secret": ""\n  }\n}' },
  { file: 'config/custom-environment-variables.yaml', text: 'session:\n  secret: SESSION_SECRET' },
  // Lookups resolved by the configuration loader
  { file: 'config/settings.toml', text: '[production]\nsecret_key = "@format {env[SECRET_KEY]}"' },
  { file: 'settings.yaml', text: 'default:\n  secret_key: "@jinja {{ env.SECRET_KEY }}"' },
  { file: 'appsettings.json', text: '{ "JwtSecret": "@Microsoft.KeyVault(SecretUri=https://vault.azure.net/secrets/jwt/)" }' },
  // A section of options for something that signs nothing: its `Secret` and `Key` are other credentials, or ids.
  { file: 'appsettings.json', text: '{\n  "EmailSettings": {\n    "Secret": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}' },
  { file: 'appsettings.json', text: '{\n  "TokenSettings": {\n    "Key": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}' },
  { file: 'appsettings.json', text: '{\n  "Settings": {\n    "Secret": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}' },
  { file: 'appsettings.json', text: '{\n  "AuthSettings": {\n    "Secret": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}' },
  // A section's suffix dropped must not make a name that is the family's only as an environment variable's exact
  // spelling: Laravel's `APP_KEY`, WordPress's `AUTH_KEY`. An app's config record's `key` is its name.
  { file: 'appsettings.json', text: '{\n  "AppSettings": {\n    "Key": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}' },
  { file: 'appsettings.json', text: '{\n  "AuthSettings": {\n    "Key": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}' },
  // The bearer handler's other options, and a section whose name is all option words.
  { file: 'appsettings.json', text: '{\n  "Authentication": {\n    "JwtBearer": {\n      "Authority": "https://login.example.org",\n      "Audience": "api"\n    }\n  }\n}' },
  { file: 'appsettings.json', text: '{\n  "ConfigOptions": {\n    "SecurityKey": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}' },
  // Only the JWT bearer handler's section reads as `Jwt`: another `…Bearer` is no options section.
  { file: 'appsettings.json', text: '{\n  "AppBearer": {\n    "Secret": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}' },
  { file: 'src/auth.js', text: "tokenBearer.secret = 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA';" },
  { file: 'src/models/app-config.js', text: "const secret = process.env.APP_SECRET;\nappConfig.key = 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA';" },
  { file: 'docker-compose.yml', text: 'services:\n  api:\n    environment:\n      EmailSettings__Secret: Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA' },
  // A `SecurityKey` of something else: a record's field, a payment's code, a top-level setting of no JWT section.
  { file: 'data/holdings.json', text: '{\n  "Holdings": [\n    {\n      "LoanAccount": "187678",\n      "SecurityKey": "89849"\n    }\n  ]\n}' },
  { file: 'appsettings.json', text: '{\n  "PaymentSettings": {\n    "SecurityKey": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}' },
  { file: 'appsettings.json', text: '{\n  "SecurityKey": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n}' },
  { file: 'src/Auth/SecurityKeyHelper.cs', text: 'public static SecurityKey CreateSecurityKey(string securityKey)\n{\n    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(securityKey));\n}' },
  { file: 'appsettings.json', text: '{\n  "JwtSettings": {\n    "Secret": "",\n    "Issuer": "api"\n  }\n}' },
  // pydantic settings that read the environment, or wrap nothing written here.
  { file: 'app/core/config.py', text: 'class Settings(BaseSettings):\n    secret_key: SecretStr\n    jwt_secret: SecretStr = Field(..., env="JWT_SECRET")' },
  { file: 'app/core/config.py', text: 'class Settings(BaseSettings):\n    secret_key: SecretStr = SecretStr(os.environ["SECRET_KEY"])' },
  { file: 'app/core/config.py', text: 'class Settings(BaseSettings):\n    secret_key: SecretStr = SecretStr("")' },
  { file: 'app/core/config.py', text: 'class Settings(BaseSettings):\n    secret_key: SecretStr = SecretStr(f"{PREFIX}-key")' },
  // One-line sections of other things, and members of no named object.
  { file: 'appsettings.json', text: '{\n  "EmailSettings": { "Host": "smtp", "Secret": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA" }\n}' },
  { file: 'appsettings.json', text: '{\n  "Clients": [ { "Secret": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA" } ]\n}' },
  { file: 'appsettings.json', text: '{\n  "Jwt": { "Issuer": "api" }, "Secret": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n}' },
  { file: 'appsettings.json', text: '{\n  "Jwt": { "Issuer": "a \\" { b" }, "Key": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n}' },
  // `TokenKey` outside ASP.NET Core's settings is the name a token is stored under; `Token` a token of some other section.
  { file: 'src/config.json', text: '{\n  "authentication": {\n    "tokenKey": "accessToken",\n    "refreshTokenKey": "refreshToken"\n  }\n}' },
  { file: 'src/app/auth.service.ts', text: "const TOKEN_KEY = 'auth-token-Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA';" },
  { file: 'settings.json', text: '{\n  "TokenKey": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n}' },
  { file: 'appsettings.json', text: '{\n  "Slack": {\n    "Token": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}' },
  { file: 'config/app.json', text: '{\n  "AppSettings": {\n    "Token": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}' },
  { file: 'appsettings.json', text: '{\n  "TokenKey": "",\n  "AppSettings": { "Token": "${TOKEN_KEY}" }\n}' },
  { file: 'appsettings.json', text: '{\n  "JwtSettings": {\n    "Secret": "${JWT_SECRET}"\n  }\n}' },
  { file: 'appsettings.json', text: '{\n  "JwtSettings": {\n    "Issuer": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}' },
  { file: 'appsettings.Release.json', text: '{ "JwtSecret": "__JWT_SECRET__" }' },
  // A name/value pair only pairs siblings
  { file: 'k8s/deployment.yaml', text: '          - name: APP_SECRET_REF\n            valueFrom:\n              secretKeyRef: { name: app, key: secret-key }\n          - name: LOG_LEVEL\n            value: debug' },
  { file: 'k8s/deployment.yaml', text: '        env:\n          - name: SECRET_KEY\n            valueFrom:\n              secretKeyRef:\n                name: app\n                key: secret-key\n        args:\n          - value: x' },
  { file: 'task.json', text: '[{ "name": "JWT_SECRET", "valueFrom": "arn:aws:ssm:x" }, { "name": "PORT", "value": "80" }]' },
  { file: 'Web.config', text: '<add key="JwtSecret" />\n<add key="Port" value="80" />' },
  // The name of a setting, not its value: a config key path, an environment variable's name, a cookie name
  { file: 'actionpack/lib/action_dispatch/middleware/cookies.rb', text: '    SECRET_KEY_BASE = "action_dispatch.secret_key_base"' },
  { file: 'actionpack/lib/action_dispatch/middleware/cookies.rb', text: '    SECRET_TOKEN = "action_dispatch.secret_token".freeze' },
  { file: 'config.py', text: 'JWT_SECRET_ENV = "JWT_SECRET"' },
  { file: 'src/config/keys.ts', text: "export const JWT_SECRET = 'JWT_SECRET';" },
  { file: 'config/app.yml', text: "secret_key_env: 'SECRET_KEY_BASE'" },
  { file: 'config/default.yml', text: 'jwt:\n  secret: JWT_SECRET' },
  { file: 'config/application.properties', text: 'app.jwt-secret=app.jwt-secret' },
  { file: 'config/initializers/session_store.rb', text: "Rails.application.config.session_store :cookie_store, key: '_app_session'" },
  { file: 'settings.py', text: "SESSION_COOKIE_NAME = 'sessionid'" },
  { file: 'settings.py', text: "session_cookie_name = 'sessionid'" },
  // Shell expansion and command output
  { file: 'setup.sh', text: 'echo "APP_SECRET=\'$SECRET_KEY\'" >> .env' },
  { file: 'setup.sh', text: "echo 'APP_SECRET=$SECRET_KEY' >> .env" },
  { file: 'setup.sh', text: 'echo "JWT_SECRET=\'jwt-$(hostname)-$RANDOM\'" >> .env' },
  { file: 'setup.sh', text: 'echo "APP_SECRET=${SECRET}" >> .env' },
  { file: 'setup.sh', text: 'SECRET_KEY=$(pwgen -s 64 1)' },
  { file: 'setup.sh', text: 'SECRET_KEY=`openssl rand -hex 32`' },
  { file: 'setup.sh', text: 'export SECRET_KEY=$(openssl rand -base64 32)' },
  { file: 'entrypoint.sh', text: "export SECRET_KEY='$SECRET_KEY'" },
  { file: '.github/workflows/ci.yml', text: '      - run: echo "SECRET_KEY=$(openssl rand -hex 32)" >> $GITHUB_ENV' },
  { file: '.github/workflows/ci.yml', text: '      - run: |\n          echo "APP_SECRET=\'$SECRET_KEY\'" >> .env' },
  { file: 'Makefile', text: 'secret:\n\techo SECRET_KEY=$(shell openssl rand -hex 32) > .env' },
  { file: 'Makefile', text: 'secret:\n\techo "SECRET_KEY=`openssl rand -hex 32`" > .env' },
  { file: 'docker-compose.yml', text: '    command: sh -c "SECRET_KEY=`openssl rand -hex 32` gunicorn app"' },
  { file: 'Dockerfile', text: 'RUN SECRET_KEY=$(openssl rand -base64 32) python manage.py collectstatic' },
  { file: 'Dockerfile', text: 'RUN SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile' },
  { file: 'lib/tasks/secret.rb', text: 'SECRET_KEY_BASE = `openssl rand -hex 64`.strip' },
  // Laravel config setters that set something else, or read the environment
  { file: 'tests/Feature/AuthTest.php', text: "#[WithConfig('app.name', 'Laravel')]" },
  { file: 'tests/TestCase.php', text: "        config(['app.timezone' => 'UTC']);" },
  { file: 'tests/TestCase.php', text: "        Config::set('app.key', env('APP_KEY'));" },
  // Pusher's public ids
  { file: 'config/broadcasting.php', text: "            'key' => 'a1b2c3d4e5f6a7b8c9d0',\n            'app_id' => '12345',\n            'secret' => env('PUSHER_APP_SECRET')," },
  { file: 'lib/pusher.js', text: "const pusher = new Pusher({ appId: '12345', key: 'a1b2c3d4e5f6a7b8c9d0', cluster: 'eu' });" },
  { file: 'src/client.js', text: "const pusherClient = new PusherClient('a1b2c3d4e5f6a7b8c9d0', { cluster: 'eu' });" },
  { file: 'config/initializers/pusher.rb', text: "Pusher.key = 'a1b2c3d4e5f6a7b8c9d0'" },
  // A constant named `<x>_KEY` whose value is `<x>`: the key something is stored under, not a secret.
  { file: 'src/auth/storage.js', text: "const JWT_KEY = 'jwt';\nlocalStorage.setItem(JWT_KEY, token);" },
  // The slot's word with a word for what is kept: the name of a `localStorage` entry, a cookie or a header.
  { file: 'src/auth/storage.ts', text: "const JWT_KEY = 'jwt_token'\nexport const saveToken = (t: string) => localStorage.setItem(JWT_KEY, t)" },
  { file: 'src/auth/storage.ts', text: "export const JWT_KEY = 'jwtToken';" },
  { file: 'src/auth/storage.ts', text: "const SESSION_KEY = 'user_session';" },
  { file: 'middleware.ts', text: "const key = new TextEncoder().encode(process.env.JWT_SECRET)\nexport const verify = (t: string) => jwtVerify(t, key)" },
  { file: 'lib/auth.ts', text: "export const JWT_SECRET = new TextEncoder().encode(process.env.JWT_SECRET!)" },
  { file: 'lib/auth.ts', text: "const JWKS = createRemoteJWKSet(new URL('https://example.com/.well-known/jwks.json'))\nconst { payload } = await jwtVerify(token, JWKS)" },
  { file: 'lib/auth.ts', text: "const JWT_SECRET = new TextEncoder().encode(`${prefix}-jose`)" },
  { file: 'auth/util.go', text: 'package auth\n\nconst authKey = "auth"' },
  // A `<x>Key` set to `<X>` in camel or Pascal case: the property its value is stored under (navidrome).
  { file: 'consts/consts.go', text: 'package consts\n\nconst (\n\tJWTSecretKey       = "JWTSecret"\n\tJWTPublicSecretKey = "JWTPublicSecret"\n)' },
  // WordPress's names in the code of other languages are that program's own: jumpserver's query parameter.
  { file: 'apps/authentication/api/sso.py', text: "AUTH_KEY = 'authkey'\nquery = {AUTH_KEY: token.authkey}" },
  { file: 'src/auth.js', text: "const token = jwt.sign(\n  payload,\n  process.env.JWT_SECRET,\n  { expiresIn: '1h' },\n);" },
  { file: 'src/auth.js', text: "const token = jwt.sign(\n  payload,\n  'a' + secret,\n);" },
  // Keys from configuration or variables, not literals.
  { file: 'Program.cs', text: 'IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:Key"]!)),' },
  { file: 'middleware/auth.go', text: 'package middleware\n\nvar cfg = jwtware.Config{SigningKey: jwtware.SigningKey{Key: []byte(os.Getenv("JWT_SECRET"))}}' },
  { file: 'middleware/auth.go', text: 'package middleware\n\nvar cfg = jwtware.Config{SigningKey: jwtware.SigningKey{Key: []byte("jwt-" + os.Getenv("JWT_SECRET"))}}' },
  { file: 'middleware/auth.go', text: 'package middleware\n\nvar cfg = jwtware.Config{SigningKey: jwtware.SigningKey{JWTAlg: jwtware.RS256, Key: privateKey.Public()}}' },
  // A flag's name in a string joined to a variable: the string ends at the `=`, and what follows is code.
  { file: 'integration/tailscale.go', text: 'package it\n\nfunc up(authKey string) {\n\trun("tailscale", "up", "--authkey="+authKey, "--hostname=x")\n}' },
  { file: 'cmd/up.go', text: 'package main\n\nvar args = []string{"up --authkey=" + key, "--authkey=\\"" + key + "\\""}' },
  { file: 'bin/run.sh', text: 'exec app "--authkey=$TS_AUTHKEY" --jwt-secret="$JWT_SECRET"' },
  { file: 'src/storage.js', text: "export const NONCE_KEY = 'nonce-key-1';" },
  // WordPress's key names in camel case are some other key: matomo's nonce is stored under `$nonceKey`.
  { file: 'plugins/Login/Controller.php', text: "<?php\n    $nonceKey = 'confirmPassword';\n    $nonce = Nonce::getNonce($nonceKey);" },
  { file: 'src/auth.js', text: "const loggedInKey = 'loggedInUser';" },
  { file: 'src/session.ts', text: "export const SESSION_KEY = 'session';" },
  { file: 'warehouse/sessions.py', text: 'class Session(dict):\n    _csrf_token_key = "_csrf_token"\n    _totp_secret_key = "_totp_secret"' },
  { file: 'app/models/user.rb', text: 'ENCRYPTION_KEY = "encryption"' },
  // A constant whose value is its own name in another spelling: a form field's or a config key's name.
  { file: 'ui/node/identifiers.go', text: 'const (\n\tTOTPCode      = "totp_code"\n\tTOTPSecretKey = "totp_secret_key"\n)' },
  { file: 'src/fields.ts', text: "export const apiSecretKey = 'api_secret_key';" },
  // A browser's Web Push subscription beside its `p256dh` key: the `auth` secret the browser made, not WordPress's AUTH_KEY.
  { file: 'db/seeds/subscriptions.yml', text: 'david_chrome:\n  user: david\n  endpoint: https://fcm.googleapis.com/fcm/send/abc\n  p256dh_key: BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM\n  auth_key: tBHItJI5svbpez7KI4CCXg' },
  // WordPress's names in PHP and JSON are its own only in capitals, as `wp-config.php` defines them: a Yii user's
  // `auth_key` column in a fixture, a model's name mapped to its route, another product's API key.
  { file: 'common/tests/_data/user.php', text: "<?php\nreturn [\n    [\n        'username' => 'bayer.hudson',\n        'auth_key' => 'HP187Mvq7Mmm3CTU80dLkGmni_FUH_lR',\n    ],\n];" },
  { file: 'app/Controller/AuditLogsController.php', text: "        $models = [\n            'AuthKey' => 'auth_keys',\n            'Event' => 'events',\n        ];" },
  { file: 'app/Console/Command/training.default.json', text: '{\n    "url": "https://misp.local",\n    "authkey": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n}' },
  { file: 'config/misp.json', text: '{\n  "misp": {\n    "url": "https://misp.local",\n    "authkey": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n  }\n}' },
  { file: 'src/Push/Subscription.php', text: "<?php\n$subscription = [\n    'endpoint' => $endpoint,\n    'p256dh_key' => $p256dh,\n    'auth_key' => 'tBHItJI5svbpez7KI4CCXg',\n];" },
  // A third-party app's key beside its other ids (Pusher, Dropbox): a public id, not Laravel's APP_KEY.
  { file: 'resources/assets/js/app/socket.ts', text: "window.KOEL.pusher = { app_key: 'a1b2c3d4e5f6a7b8c9d0', app_cluster: 'mt1' }" },
  { file: 'config/services.php', text: "<?php\nreturn [\n    'dropbox' => [\n        'app_key' => 'k3j4h5g6f7d8s9a0',\n        'app_secret' => env('DROPBOX_APP_SECRET'),\n    ],\n];" },
  // Java's and C#'s typed constants among such (Nacos's property names).
  { file: 'api/src/main/java/com/acme/api/PropertyKeyConst.java', text: 'public class PropertyKeyConst {\n    public static final String ACCESS_KEY = "accessKey";\n\n    public static final String SECRET_KEY = "secretKey";\n}' },
  { file: 'src/Acme/ConfigKeys.cs', text: 'public static class ConfigKeys\n{\n    public const string AccessKey = "access_key";\n    public const string SecretKey = "secret_key";\n}' },
  // …among constants that each name themselves, even a name people type as a placeholder (minio's config keys).
  { file: 'internal/config/config.go', text: 'package config\n\n// Config keys\nconst (\n\tAccessKey = "access_key"\n\tSecretKey = "secret_key"\n\tAPIKey    = "api_key"\n)' },
  { file: 'src/keys.ts', text: "export const ACCESS_KEY = 'accessKey';\nexport const SECRET_KEY = 'secretKey';" },
  // A field of a Java interface is a constant without a word said (shenyu's `Constants`).
  { file: 'common/src/main/java/org/acme/Constants.java', text: 'public interface Constants {\n    /**\n     * The constant APP_KEY.\n     */\n    String APP_KEY = "appKey";\n    String SECRET_KEY = "secretKey";\n}' },
  // …and of an annotation type (`@interface`), whose fields are constants too (nacos's `NacosProperties`).
  { file: 'api/src/main/java/org/acme/annotation/AcmeProperties.java', text: 'public @interface AcmeProperties {\n\n    /**\n     * The property name of "access-key".\n     */\n    String ACCESS_KEY = "access-key";\n\n    /**\n     * The property name of "secret-key".\n     */\n    String SECRET_KEY = "secret-key";\n\n    String SERVER_ADDR = "server-addr";\n\n    String accessKey() default "";\n}' },
  // …and a file declaring many constants named after their values is a file of names, even where a name says secret.
  { file: 'common/src/main/java/org/acme/Constants.java', text: 'public interface Constants {\n\n    /** a. */\n    String DEFAULT_HANDLE_JSON = "defaultHandleJson";\n\n    /** b. */\n    String CONTEXT_PATH = "contextPath";\n\n    /** c. */\n    String RULE_NAME = "ruleName";\n\n    /** d. */\n    String PLUGIN_NAME = "pluginName";\n\n    /** e. */\n    String META_DATA = "metaData";\n\n    /** key. */\n    String AES_SECRET_KEY = "aes-secret-key";\n\n    /** jwt. */\n    String JWT_SECRET = "jwtSecret";\n}' },
  { file: 'src/constants.ts', text: "export const ROUTE_NAME = 'routeName';\nexport const USER_ID = 'userId';\nexport const TENANT_ID = 'tenantId';\nexport const PAGE_SIZE = 'pageSize';\nexport const SORT_ORDER = 'sortOrder';\n\n\n\n\nexport const JWT_SECRET = 'jwt-secret';" },
  // …or its last words so spelt, beside others that are (a settings class's field names, passbolt's MFA providers).
  // used as a key of an array or a map in the same file.
  { file: 'src/Utility/ProviderSettings.php', text: "<?php\nclass ProviderSettings\n{\n    public const OTP_CLIENT_ID = 'clientId';\n    public const OTP_SECRET_KEY = 'secretKey';\n    public const OTP_API_HOST = 'apiHost';\n\n    public function toArray(): array\n    {\n        return [self::OTP_SECRET_KEY => $this->secret];\n    }\n}" },
  { file: 'src/settings/fields.ts', text: "export const SESSION_COOKIE_NAME = 'cookieName';\nexport const SESSION_COOKIE_SECRET = 'cookieSecret';\n\nexport const read = (form: Record<string, string>) => form[SESSION_COOKIE_SECRET];" },
  // The field of a stored secret that a form edits, beside the secret's name (dittofeed's settings page), on its lines or one.
  { file: 'src/pages/settings.page.tsx', text: 'const fields = [\n  {\n    id: "sendgrid-api-key",\n    fieldProps: {\n      name: SecretNames.SendGrid,\n      secretKey: "apiKey",\n      label: "Sendgrid API Key",\n    },\n  },\n  {\n    fieldProps: {\n      secretKey: "messagingServiceSid",\n      name: SecretNames.Twilio,\n    },\n  },\n];' },
  { file: 'src/providers.ts', text: 'const twilio = { secretName: "twilio", secretKey: "authToken" };' },
  { file: 'app/providers.py', text: 'TWILIO = {\n    "name": SecretNames.TWILIO,\n    "secret_key": "auth_token",\n}' },
  // An ExternalSecret's `data:` items inside a chart's values: the entry of the Secret it makes, and where to read it.
  { file: 'apps/wireguard/values.yaml', text: 'rawResources:\n  externalSecret:\n    spec:\n      data:\n        - secretKey: WIREGUARD_PRIVATE_KEY\n          remoteRef:\n            key: wireguard\n            property: private_key\n        - remoteRef:\n            key: wireguard\n          secretKey: privateKey' },
  // …whatever key opens the list item.
  { file: 'charts/app/values.yaml', text: 'sources:\n  - type: github\n    tokenSecretKey: token\n    tokenSecretName: gh-token' },
  // …and in a YAML list item, whichever key comes first.
  { file: 'charts/app/values.yaml', text: 'providers:\n  - secretName: sendgrid\n    secretKey: webhook_key\n  - secretKey: authToken\n    secretName: twilio' },
  // …its own name in lower case too, among constants set to their own names.
  { file: 'src/main/java/org/acme/Fields.java', text: 'public class Fields {\n    public static final String ACCESS_KEY = "accessKey";\n    public static final String SECRET_KEY = "secret_key";\n}' },
  // A SCREAMING_SNAKE constant set to its own name in camel case names a header or a field.
  { file: 'src/main/java/org/acme/Headers.java', text: 'public class Headers {\n    public static final String APP_KEY = "appKey";\n}' },
  // Micronaut's generator secret read from the environment; another mapping's `secret` under a generator's name.
  { file: 'src/main/resources/application.yml', text: 'micronaut:\n  security:\n    token:\n      jwt:\n        signatures:\n          secret:\n            generator:\n              secret: ${JWT_GENERATOR_SIGNATURE_SECRET}' },
  { file: 'src/main/resources/application.yml', text: 'signatures:\n  other:\n    generator:\n      secret: "Zq8sT2vBJw5yKp0cN7pLq8Zr4nM2xV7bL1cK9pT3wY6h"' },
  { file: 'src/main/kotlin/com/example/Application.kt', text: 'transform(SessionTransportTransformerMessageAuthentication(environment.config.property("session.key").getString().toByteArray()))' },
  // A chart's `existing…Secret` names a Secret.
  { file: 'charts/app/values.yaml', text: 'github:\n  existingWebhookSecret: my-webhook-secret\n  existingJwtSecret: app-jwt' },
  // Elsewhere such a value names a header.
  { file: 'src/main/java/app/util/JwtHelper.java', text: 'public class JwtHelper {\n\tstatic final String SECRET = "X-Litemall-Token";\n}' },
  { file: 'src/auth.js', text: "const JWT_SECRET = 'X-Auth-Token';\nres.set(JWT_SECRET, token);" },
  // An object of constants, each its own name in camel case (mattermost's storage keys): names, secret words or not.
  { file: 'app/constants/database.ts', text: "export const GLOBAL_IDENTIFIERS = {\n    DEVICE_TOKEN: 'deviceToken',\n    FIRST_LAUNCH: 'firstLaunch',\n    LAST_VIEWED_TEAM: 'lastViewedTeam',\n    PUSH_DISABLED_ACK: 'pushDisabledAck',\n    PUSH_SIGNING_KEY: 'pushSigningKey',\n};" },
  { file: 'src/storage.js', text: "module.exports = {\n  SESSION_SECRET: 'sessionSecret',\n  USER_ID: 'userId',\n  LAST_SEEN: 'lastSeen'\n}" },
];

ruleTester(hardcodedSecretKey, { flagged, clean });

describe('hardcoded-secret-key: messages', () => {
  it.each(flagged.map((c) => [c.file, c] as const))('%s: the message never contains the value', (_, c) => {
    for (const f of check(hardcodedSecretKey, c)) {
      // Short values can be ordinary words such as `secret`, which the message uses on its own.
      if (f.secret && f.secret.length >= 8) expect(f.message).not.toContain(f.secret);
    }
  });

  it('asks whether a value where values are made up (a test, a CI job) is real, instead of saying to rotate it', () => {
    const c = { file: 'tests/settings.py', text: "SECRET_KEY = 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA'" };
    const [f] = check(hardcodedSecretKey, c);
    const test = placeFinding({ ...f!, path: c.file, status: 'tracked' }, 'error', 'secret', new ContextClassifier())!;
    expect(test.message).toBe(
      '`SECRET_KEY` is set to a hardcoded string literal. If the value is made up for this use, ' +
        'it can stay; if it is a real key, read it from the environment or a secret store and rotate it. (notice: test folder)',
    );
    const prod = placeFinding({ ...f!, path: 'app/settings.py', status: 'tracked' }, 'error', 'secret', new ContextClassifier())!;
    expect(prod.message).toMatch(/\. Read it from the environment or a secret store, then rotate it\.$/);
  });

  it("tells a shell script to take its variable from its caller's environment, not to read it from there", () => {
    const [weak, real] = check(hardcodedSecretKey, { file: 'scripts/install.sh', text: 'export JWT_SECRET=changeme\nSECRET_KEY=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA cargo run\n' });
    expect(weak!.message).toContain('Leave it to the environment that runs the script (`: "${JWT_SECRET:?set JWT_SECRET}"` stops it when it is unset), and give every deployment a random key');
    expect(real!.message).toMatch(/Leave it to the environment that runs the script \(`: "\$\{SECRET_KEY:\?set SECRET_KEY\}"` stops it when it is unset\), then rotate it\.$/);
    // A startup file sets the environment, a Procfile is no script, a JSON body is no variable: the usual advice.
    for (const [file, text] of [
      ['.zshrc', 'export JWT_SECRET=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA\n'],
      ['Procfile', 'web: SECRET_KEY=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA gunicorn app:app\n'],
      ['setup.sh', 'curl -d \'{"jwt_secret": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"}\' https://api.example.org\n'],
    ]) {
      for (const f of check(hardcodedSecretKey, { file, text })) expect(f.message, file).not.toContain('Leave it to the environment');
    }
    // A JVM property on a command line is no shell variable: the advice stays as it was.
    const [prop] = check(hardcodedSecretKey, { file: 'run.sh', text: 'exec java -Djwt.secret=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA -jar app.jar' });
    expect(prop!.message).toContain('Read it from the environment or a secret store');
  });

  it("tells Heroku's app manifest to have a key made for every app it creates", () => {
    const manifest = (value: string) => `{\n  "name": "app",\n  "env": {\n    "DEVISE_SECRET_KEY": "${value}"\n  },\n  "addons": ["heroku-postgresql:in-dyno"]\n}\n`;
    const [weak] = check(hardcodedSecretKey, { file: 'app.json', text: manifest('foo') });
    expect(weak!.message).toMatch(/\. Let Heroku make one for every app the manifest creates \(`"DEVISE_SECRET_KEY": \{ "generator": "secret" \}`\)\.$/);
    const [real] = check(hardcodedSecretKey, { file: 'app.json', text: manifest('Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA') });
    expect(real!.message).toContain('`"DEVISE_SECRET_KEY": { "generator": "secret" }`), and rotate this one where it was kept.');
    // A key of a fixed format is none Heroku's generator makes (Laravel refuses a key of the wrong length).
    const [laravel] = check(hardcodedSecretKey, { file: 'app.json', text: manifest('base64:cGhwdW5pdGtleQ==').replace('DEVISE_SECRET_KEY', 'APP_KEY') });
    expect(laravel!.message).not.toContain('generator');
    // Another tool's `app.json` (Expo's) is no manifest of Heroku's.
    const [other] = check(hardcodedSecretKey, { file: 'app.json', text: '{\n  "expo": { "name": "app" },\n  "env": { "JWT_SECRET": "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA" }\n}\n' });
    expect(other!.message).toContain('Read it from the environment or a secret store');
  });

  it('names a JVM system property without the `-D` that sets it', () => {
    const [f] = check(hardcodedSecretKey, { file: 'deployment/base/deployment.yml', text: 'env:\n  - name: "JAVA_OPTS"\n    value: "-Dplay.http.secret.key=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA -Dplay.filters.hosts.allowed.0=example.org"' });
    expect(f?.message).toMatch(/^`play\.http\.secret\.key` is set to a hardcoded string literal/);
    const [g] = check(hardcodedSecretKey, { file: 'run.sh', text: 'exec java -Djwt.secret=Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA -jar app.jar' });
    expect(g?.message).toMatch(/^`jwt\.secret` is set/);
  });

  const weak: [string, string, string][] = [
    ['settings.py', "SECRET_KEY = 'django-insecure-9f#x!2k@v$w^p&3m(z)q+r8t*u1y0e-l7n_b6c5d4a'", 'django-insecure-'],
    ['settings.py', "SECRET_KEY = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'", 'only 1 distinct character)'],
    ['settings.py', "SECRET_KEY = 'k8#s!v2@p9^x$w&m3z'", 'shorter than 50 characters'],
    ['app.py', "app.secret_key = 'your-secret-key-here'", 'placeholder'],
    ['app.js', "app.use(session({ secret: 'keyboard cat' }))", 'placeholder'],
    ['Dockerfile', 'ENV SECRET_KEY=changeme', 'placeholder'],
    // Prologue's documented placeholder.
    ['.config/config.json', '{\n  "prologue": {\n    "secretKey": "Set by yourself"\n  }\n}', 'placeholder'],
    ['Dockerfile', 'ENV ADMIN_JWT_SECRET=tobemodified', 'placeholder'],
    ['docker-compose.yml', 'services:\n  umami:\n    environment:\n      APP_SECRET: replace-me-with-a-random-string', 'placeholder'],
    ['group_vars/production/vault.yml', 'vault_wordpress_sites:\n  example.com:\n    env:\n      auth_key: "generateme"', 'placeholder'],
    ['group_vars/staging/vault.yml', 'vault_wordpress_sites:\n  example.com:\n    env:\n      nonce_salt: "fill-me-in"', 'placeholder'],
    ['config.py', "SECRET_KEY = '\\2\\1thisismyscretkey\\1\\2\\e\\y\\y\\h'", 'a sentence about the key'],
    ['src/config.ts', "export const jwtSecret = 'thisIsMySuperSecretKey';", 'a sentence about the key'],
    ['docker-compose.yml', 'services:\n  realtime:\n    environment:\n      API_JWT_SECRET: super-secret-jwt-token-with-at-least-32-characters-long', 'a phrase that describes the value to put there'],
    ['docker-compose.yml', 'services:\n  app:\n    environment:\n      ENCRYPTION_KEY: default-encryption-key', 'a phrase that describes the value to put there'],
    ['appsettings.json', '{ "Authentication": { "JwtBearer": { "SecurityKey": "Acme_C421AAEE0D114E9C" } } }', "the key of ASP.NET Boilerplate's project template"],
    ['appsettings.json', '{ "Authentication": { "JwtBearer": { "SecurityKey": "AcmeShop_C421AAEE0D114E9CX" } } }', "the key of ASP.NET Boilerplate's project template"],
    ['charts/app/values.yaml', 'storage:\n  secret_key: minioadmin', "MinIO's default credentials"],
    ['docker-compose.yml', 'services:\n  directus:\n    image: directus/directus:10\n    environment:\n      SECRET: "6116487b-cda1-52c2-b5b5-c8022c45e263"', "the example secret of Directus's documentation"],
    ['pkg/credentials/config.json', '{ "play": { "url": "https://play.min.io", "accessKey": "Q3AM3UQ867SPQQA43P2F", "secretKey": "zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG" } }', "MinIO's public playground credentials"],
    ['app/Config/core.php', "<?php\n\tConfigure::write('Security.salt', 'DYhG93b0qyJfIxfs2guVoUubWwvniR2G0FgaC9mi');", "CakePHP's default salt"],
    ['blueprints/librechat/template.toml', '[variables]\ncreds_key = "f34be427ebb29de8d88c107a71546019685ed8b241d8f2ed00c3df97ad2566f0"', "LibreChat's example `CREDS_KEY`"],
    // The installer's mark, never replaced: every installation shares it.
    ['config/app_local.php', "    'Security' => [\n        'salt' => '__SALT__',\n    ],", 'placeholder'],
    ['deploy/settings.py', 'AWS_SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"', "the example key of AWS's documentation"],
    ['k8s/secret.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  JWT_SECRET: Y2hhbmdlbWU=\n', 'placeholder'],
    ['k8s/secret.yaml', 'kind: Secret\ndata:\n  SECRET_KEY: ZGV2Cg==\n', 'placeholder'],
    // Nacos's documented token key, by its value; a short base64 value is weak for what it decodes to, when that is text.
    ['conf/application.properties', 'nacos.core.auth.plugin.nacos.token.secret.key=VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=', "Nacos's documented default token key"],
    ['conf/application.properties', 'nacos.core.auth.plugin.nacos.token.secret.key=VGhpc0lzTXlPd25TZWNyZXRLZXkwMTIzNDU2Nzg5MA==', 'base64 of words, not a random key'],
    ['config/application.properties', 'jwt.secret=Y2hhbmdlbWUtY2hhbmdlbWUtMQ==', 'base64 of a well-known placeholder value'],
    ['config/app.yml', 'session_secret: "TXlTZWNyZXRLZXkxMjM0NTY3ODk="', 'base64 of words, not a random key'],
    ['k8s/secret.yaml', 'kind: Secret\ndata:\n  SECRET_KEY: eW91ci1zZWNyZXQta2V5LWdvZXMtaGVyZQ==\n', 'placeholder'],
  ];
  it.each(weak)('%s: %s says why the value is weak', (file, text, why) => {
    const [f] = check(hardcodedSecretKey, { file, text });
    expect(f?.message).toContain('weak');
    expect(f?.message).toContain(why);
  });

  // The option is named by what its object configures: the call or key, else the sibling that says so.
  it.each([
    ['app.js', `app.use(session({ secret: '${STRONG}', cookie: { secure: true } }))`, /^The `secret` option of `session` /],
    ['test/session.js', `createServer({ secret: '${STRONG}', cookie: { secure: true } })`, /^The `secret` option beside `cookie` /],
    ['config.js', `module.exports = { jwt: { secret: '${STRONG}' } }`, /^The `secret` option of `jwt` /],
    ['server.js', `fastify.register(fastifyJwt, { secret: '${STRONG}' })`, /^The `secret` option of `fastifyJwt` /],
    ['server.js', `createServer({ secret: '${STRONG}', name: 'sessionId' })`, /^The `secret` option is /],
    ['server.js', `fastify.register(require('@fastify/cookie'), { secret: '${STRONG}' })`, /^The `secret` option of `cookie` /],
    ['test/jwt.test.js', `fastify.register(jwt, { secret: '${STRONG}', cookie: { cookieName: 'jwt' } })`, /^The `secret` option of `jwt` /],
  ])('%s: %s names the option by its object', (file, text, want) => {
    const [f] = check(hardcodedSecretKey, { file, text });
    expect(f?.message).toMatch(want);
  });

  it('never names the owner after a string, which may be the secret itself', () => {
    const [f] = check(hardcodedSecretKey, { file: 'server.js', text: "createServer({ secret: 'jwtQ8sPq2LmW9xVb4NzR5t' })" });
    expect(f?.message).not.toContain('jwtQ8s');
  });

  it('names the variable a signing call is given, and the line that sets it', () => {
    const [f] = check(hardcodedSecretKey, { file: 'src/auth.js', text: `function issue(p) {\n  let signing = '${STRONG}';\n  return jwt.sign(p, signing);\n}` });
    expect(f?.line).toBe(3);
    expect(f?.message).toMatch(/^The `jwt\.sign\(\)` key is a hardcoded string literal, through `signing`, set on line 2\. /);
  });

  it('names the constant a signing call is given', () => {
    const [f] = check(hardcodedSecretKey, { file: 'common/utils.go', text: `const NBSecretPassword = "${STRONG}"\n\ttoken, _ := t.SignedString([]byte(NBSecretPassword))` });
    expect(f?.message).toMatch(/^The `SignedString\(\)` key is a hardcoded string literal, through the constant `NBSecretPassword`\. /);
  });

  // Random bytes as key generators print them are strong at any length from 16 bytes: hex, base64, base64url.
  const strongShort = ['9f86d081884c7d659a2feaa0c55ad015', 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4=', 'Zq8w-X2vB7nM4kL9pR3t_Y', 'bL1cK9pT3wY6uH0sD5fGjA8eRtYuIoP4', 'Zq8wX2vB7nM4kL9pR3tY6uI1oE5a', Buffer.from('WbAfM3Xkl/oTpU/Z5CYd6Pq16aWgR3kd').toString('base64')];
  it.each(strongShort)('says nothing about weakness for random key material: %s', (value) => {
    const [f] = check(hardcodedSecretKey, { file: 'config/app.yml', text: `cookie_secret: "${value}"` });
    expect(f?.message).not.toContain('weak');
  });
  // Of those lengths, but words, a sequence or one kind of character: still short.
  const shortWords = ['ThisIsMySecretKeyForJwtTokens1', 'abcdefabcdefabcdefabcdefabcdefab', 'aaaabbbbccccddddeeeeffff00001111', 'ThisIsMySecretKeyForJwtTokens2024ABCDEFGHIJ=', 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', 'deadbeefcafebabe0123deadbeefcafe', Buffer.from('my-super-long-Passphrase-2024!!!').toString('base64'), Buffer.from('correct-horse-battery-staple-xyz').toString('base64'), 'Zq8wX2vB7nM4kL9pR3tY6uI1oE5aS0dFZ'];
  // Cue words count whole: `sphere` holds `here`, `along` holds `long`.
  it('calls no passphrase a description for the letters of a cue inside its words', () => {
    const [f] = check(hardcodedSecretKey, { file: 'config/app.yml', text: 'cookie_secret: "Sphere-Along-Center-Exchange-Tundra-Mosaic-Plaza-Hobby-Velvet-42"' });
    expect(f).toBeDefined();
    expect(f!.message).not.toContain('describes the value');
  });

  it.each(shortWords)('still calls a short value of words weak: %s', (value) => {
    const [f] = check(hardcodedSecretKey, { file: 'config/app.yml', text: `cookie_secret: "${value}"` });
    expect(f?.message).toContain('weak');
  });

  // Judged decoded: 32 random bytes in hex are 64 characters there, 88 in the manifest's base64.
  it('judges a Kubernetes Secret\'s `data` decoded, and says the value is base64 there', () => {
    const key = '9f86d081884c7d659a2feaa0c55ad0159f86d081884c7d659a2feaa0c55ad015';
    const [f] = check(hardcodedSecretKey, { file: 'k8s/secret.yaml', text: `kind: Secret\ndata:\n  SECRET_KEY: ${Buffer.from(key).toString('base64')}\n` });
    expect(f?.message).toMatch(/^`SECRET_KEY` is set to a hardcoded string literal \(base64 in a Kubernetes Secret's `data`\)\. A Secret's manifest in git publishes what it holds/);
    // A short one is short by its decoded length, not its encoded one.
    const [g] = check(hardcodedSecretKey, { file: 'k8s/secret.yaml', text: `kind: Secret\ndata:\n  SECRET_KEY: ${Buffer.from('k8#s!v2@p9^xw&m3z').toString('base64')}\n` });
    expect(g?.message).toContain('weak (shorter than 50 characters)');
    // Its `stringData`, a ConfigMap's `data` and a `data:` key below the top level hold values as they are.
    for (const text of ['kind: Secret\nstringData:\n  SECRET_KEY: Y2hhbmdlbWU=\n', 'kind: ConfigMap\ndata:\n  SECRET_KEY: Y2hhbmdlbWU=\n', 'kind: Secret\nspec:\n  data:\n    SECRET_KEY: Y2hhbmdlbWU=\n']) {
      const [h] = check(hardcodedSecretKey, { file: 'k8s/secret.yaml', text });
      expect(h?.message).not.toContain('base64');
      expect(h?.secret).toBe('Y2hhbmdlbWU=');
    }
  });

  // A value its name says is base64 is the key its program decodes: judged decoded, as a Kubernetes Secret's `data`.
  it('judges a value named base64 decoded (a JHipster-style `base64-secret`), and a random one as written', () => {
    const phrase = Buffer.from('this-signing-key-should-be-changed-before-it-is-deployed-base64-encoded\n').toString('base64');
    const [sample] = check(hardcodedSecretKey, { file: 'src/main/resources/config/application-secret-samples.yml', text: `jhipster:\n  security:\n    authentication:\n      jwt:\n        base64-secret: ${phrase}\n` });
    expect(sample?.message).toMatch(/\(base64, as its name says\), and the value is weak \(a phrase that describes the value to put there\)/);
    expect(sample?.context).toBe('example');
    const [compose] = check(hardcodedSecretKey, { file: 'src/main/docker/app.yml', text: `services:\n  app:\n    environment:\n      - JHIPSTER_SECURITY_AUTHENTICATION_JWT_BASE64_SECRET=${phrase}\n` });
    expect(compose?.message).toContain('the value is weak');
    expect(compose?.context).toBeUndefined();
    // Encoded twice (a generator's Kubernetes template): the sentence inside is what was chosen.
    const twice = Buffer.from(phrase).toString('base64');
    const [k8s] = check(hardcodedSecretKey, { file: 'k8s/registry.yml', text: `env:\n  - name: JHIPSTER_SECURITY_AUTHENTICATION_JWT_BASE64_SECRET\n    value: ${twice}\n` });
    expect(k8s?.message).toContain('a phrase that describes the value to put there');
    // Random bytes in base64 are no printable text: the value is judged as written, and is no placeholder.
    const random = Buffer.from(Array.from({ length: 64 }, (_, k) => (k * 73 + 41) % 256)).toString('base64');
    const [real] = check(hardcodedSecretKey, { file: 'src/main/resources/config/application-secret-samples.yml', text: `jwt:\n  base64-secret: ${random}\n` });
    expect(real?.secret).toBe(random);
    expect(real?.message).not.toContain('as its name says');
    expect(real?.context).toBeUndefined();
    // A base64 of a template's variable is no value; a name without `base64` is judged as written.
    expect(check(hardcodedSecretKey, { file: 'config/app.yml', text: `jwt:\n  base64-secret: ${Buffer.from('${JWT_SECRET}').toString('base64')}\n` })).toEqual([]);
    // (It is still base64 of a phrase, at any length: a published stand-in, whose advice asks for a key.)
    const [plain] = check(hardcodedSecretKey, { file: 'config/app.yml', text: `jwt:\n  secret: ${phrase}\n` });
    expect(plain?.message).not.toContain('as its name says');
    expect(plain?.message).toContain('the value is weak (base64 of a phrase that describes the value to put there)');
    expect(plain?.secret).toBe(phrase);
  });

  it.each([
    // Words someone chose, whatever their length: a phrase is no random key.
    ['config/app.php', "<?php\nreturn ['key' => 'JustAKeyForAcmeInstallation'];", 'words, not a random key'],
    ['config/app.yml', 'session_secret: "this-is-the-session-key-of-our-shop-front-and-its-admin"', 'words, not a random key'],
    // A sentence's punctuation is part of a phrase: postiz's compose file asks for random characters with a `!`.
    ['docker-compose.yaml', "services:\n  app:\n    image: ghcr.io/acme/app:latest\n    environment:\n      JWT_SECRET: 'random string that is unique to every install - just type random characters here!'", 'a phrase that describes the value to put there'],
    ['config/app.yml', 'session_secret: "q8Zr!mV2x"', 'shorter than 50 characters'],
    // A counting run or a unit repeated, at any length: typed by hand as a stand-in.
    // A marker that the key was not given (Mayan's `DEFAULT_SECRET_KEY`), whatever the words around it; random
    // characters around the word are a key.
    ['mayan/settings/literals.py', "DEFAULT_SECRET_KEY = 'secret-key-missing!'", 'a marker that says the key is missing, the same wherever it is not set'],
    ['config/app.yml', 'session_secret: "SESSION_SECRET_NOT_SET"', 'a marker that says the key is missing, the same wherever it is not set'],
    ['config/app.yml', 'session_secret: "q8Zr-missing-Xv9Lm2"', 'shorter than 50 characters'],
    ['app/settings.py', "SECRET_KEY = 'correct-horse-unset-battery'", 'shorter than 50 characters'],
    // A sentence that names a path (alaveteli's default `SECRET_KEY_BASE`); a path alone is no sentence.
    ['lib/configuration.rb', "DEFAULTS = {\n  SECRET_KEY_BASE: 'this default is insecure as code is open source, please override for live sites in config/general; this will do for local development',\n}", 'a phrase that describes the value to put there'],
    ['config/app.yml', 'session_secret: "q8Zr2LmVx0Tb/keys/q8Zr2LmV"', 'shorter than 50 characters'],
    ['scripts/docker/read-secrets.sh', 'DEFAULT_ENCRYPTION_KEY="0123456789abcdef0123456789abcdef"', 'a counting run or a short unit repeated, not a random key'],
    ['src/main/resources/application.yml', 'token:\n  secret: abcdefghijklmnopqrstuvwxyz', 'a counting run or a short unit repeated, not a random key'],
    ['config/app.yml', `session_secret: "${'deadbeef'.repeat(8)}"`, 'a counting run or a short unit repeated, not a random key'],
    // Two counts taking turns (gumroad's seeded OAuth application), letters or digits first.
    ['db/seeds/mobile_oauth_application.rb', 'mobile_oauth_app.secret = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2"', 'a counting run or a short unit repeated, not a random key'],
    ['config/app.yml', 'session_secret: "1a2b3c4d5e6f7g8h9i0j1k2l3m4n5o6p"', 'a counting run or a short unit repeated, not a random key'],
    // Random characters keep the reason they had, with a counting run in them too.
    ['config/app.yml', 'session_secret: "q8Zr2LmVx0Tb"', 'shorter than 50 characters'],
    ['src/Api/appsettings.json', '{ "Security": { "SigningKey": "E546C8DF278CD5931069B522" } }', 'shorter than 50 characters'],
    ['config/app.yml', 'session_secret: "q8Zr2LmVx0Tb12345678"', 'shorter than 50 characters'],
    ['config/app.yml', 'session_secret: "a1b9c3d4e5x6a7b8k9d0e1f2q3b4"', 'shorter than 50 characters'],
    // The setting's own name in another spelling stands in for a key (a spec's `oauth_token_secret: "oauth-token-secret"`).
    ['config/app.yml', 'oauth_token_secret: "oauth-token-secret"', "the setting's own name, a stand-in for a key"],
    ['src/config.ts', "export const config = { signingKey: 'signing_key' };", "the setting's own name, a stand-in for a key"],
    // Base64 of a phrase, at any length (JHipster's generated apps): random bytes are never all text.
    ['.yo-rc.json', `{\n  "generator-jhipster": {\n    "jwtSecretKey": "${Buffer.from('my-secret-key-which-should-be-changed-in-production-and-be-base64-encoded\n').toString('base64')}"\n  }\n}`, 'base64 of a phrase that describes the value to put there'],
    ['src/main/resources/config/application.yml', `jhipster:\n  security:\n    authentication:\n      jwt:\n        base64-secret: ${Buffer.from('my-secret-key-which-should-be-changed-in-production-and-be-base64-encoded').toString('base64')}`, 'a phrase that describes the value to put there'],
    // Another setting's name is not this one's own, but words that call the value a secret stand in for one all the same.
    ['config/app.yml', 'oauth_token_secret: "oauth-consumer-secret"', 'words that call it a secret, not a random key'],
    ['server/config.py', 'JWT_SECRET = "super secret jwt secret"', 'words that call it a secret, not a random key'],
    ['src/slack.test.ts', "const SIGNING_SECRET = 'test-signing-secret';", 'words that call it a secret, not a random key'],
    ['config/app.yml', 'session_secret: "river-window-candle-harbor-key"', 'words that call it a secret, not a random key'],
    ['config/app.yml', 'session_secret: "q8Zr!mV2x-foo-bar-secret"', 'shorter than 50 characters'],
    // Two words, or random letters, are not a phrase.
    ['config/app.yml', 'session_secret: "shop-secret"', 'shorter than 50 characters'],
    ['config/app.yml', 'session_secret: "k8sQz-secret-Xv9Lm"', 'shorter than 50 characters'],
  ])('%s: %s is weak (%s)', (file, text, why) => {
    const [f] = check(hardcodedSecretKey, { file, text });
    expect(f?.message).toContain(`the value is weak (${why})`);
  });

  it("calls ABP's default StringEncryption pass phrase a published default, of any length", () => {
    const [abp] = check(hardcodedSecretKey, { file: 'src/Shop.Web/appsettings.json', text: '{ "StringEncryption": { "DefaultPassPhrase": "gsKnGZ041HLL4IM8" } }' });
    expect(abp?.message).toContain("the value is weak (ABP's default `StringEncryption` pass phrase)");
    expect(abp?.message).toContain('give every deployment a random key of its own');
  });

  it("does not call an AES key of its cipher's length short, in characters", () => {
    const [aes] = check(hardcodedSecretKey, { file: 'src/Api/appsettings.json', text: '{ "Security": { "TextEncryptionKey": "E546C8DF278CD5931069B52K" } }' });
    expect(aes?.message).toBe('`TextEncryptionKey` is set to a hardcoded string literal. Read it from the environment or a secret store, then rotate it, re-encrypting what it encrypted (data written under the old key cannot be read with the new one).');
    for (const value of ['E546C8DF278CD5931069B52', 'aaaabbbbccccdddd', 'E546C8DF 78CD5931069B52K']) {
      const [f] = check(hardcodedSecretKey, { file: 'src/Api/appsettings.json', text: `{ "Security": { "TextEncryptionKey": "${value}" } }` });
      expect(f?.message, value).toContain('the value is weak (');
    }
  });

  it('tells a few words that call the value a secret to be rotated: someone may have chosen them for a deployment', () => {
    const [chosen] = check(hardcodedSecretKey, { file: 'app/settings.py', text: 'JWT_SECRET = "acme-prod-jwt-secret"' });
    expect(chosen?.message).toContain('weak (words that call it a secret, not a random key)');
    expect(chosen?.message).toMatch(/then rotate it\.$/);
    // Six words or more drawn at random, one of them `salt`, are a passphrase, not a stand-in.
    const [passphrase] = check(hardcodedSecretKey, { file: 'config/app.yml', text: 'session_secret: "orange-river-salt-window-candle-harbor-violet-thunder"' });
    expect(passphrase?.message).not.toContain('weak');
    const [six] = check(hardcodedSecretKey, { file: 'config/app.yml', text: 'session_secret: "orange-river-salt-window-candle-harbor"' });
    expect(six?.message).not.toContain('words that call it a secret');
  });

  it('sends a placeholder for a service\'s secret to the service that issues it, with no key made up', () => {
    const [stripe] = check(hardcodedSecretKey, { file: 'app/settings.py', text: 'STRIPE_SECRET_KEY = "test"' });
    expect(stripe?.message).toContain('a key of its own from the service that issues it (`STRIPE`)');
    expect(stripe?.message).not.toContain('keygen');
    expect(stripe?.remedy).toBe('provider-issued');
    const [camel] = check(hardcodedSecretKey, { file: 'src/config.js', text: "export const stripeSecretKey = 'changeme';" });
    expect(camel?.message).toContain('(`STRIPE`)');
    // Named by the objects it is set on, the service's name is the setting's own.
    const [dotted] = check(hardcodedSecretKey, { file: 'app/settings.py', text: "settings.STRIPE_SECRET_KEY = 'changeme'" });
    expect(dotted?.message).toContain('(`STRIPE`)');
    const [nested] = check(hardcodedSecretKey, { file: 'config/initializers/stripe.rb', text: "Rails.configuration.stripe.secret_key = 'changeme'" });
    expect(nested?.message).toContain('(`STRIPE`)');
    // A provider's app secret left to fill in is a credential not yet given, as an OAuth client's secret is; a real
    // one is the provider's to rotate.
    expect(check(hardcodedSecretKey, { file: 'app/settings.py', text: "settings.FACEBOOK.APP_SECRET = 'changeme'" })).toEqual([]);
    const [facebook] = check(hardcodedSecretKey, { file: 'app/settings.py', text: "settings.FACEBOOK.APP_SECRET = 'dfec4a8b9c1e2f3a4b5c6d7e8f9a0b1c'" });
    expect(facebook?.message).toContain('`settings.FACEBOOK.APP_SECRET`');
    const [nestedJson] = check(hardcodedSecretKey, { file: 'src/Web/appsettings.json', text: '{\n  "Authentication": {\n    "Facebook": {\n      "AppSecret": "dfec4a8b9c1e2f3a4b5c6d7e8f9a0b1c"\n    }\n  }\n}' });
    expect(nestedJson).toMatchObject({ key: 'AppSecret', line: 4 });
    const [pairOfServer] = check(hardcodedSecretKey, { file: 'docker-compose.yml', text: 'services:\n  minio:\n    image: minio/minio\n    environment:\n      MINIO_ACCESS_KEY: admin\n      MINIO_SECRET_KEY: changeme' });
    expect(pairOfServer?.message).toContain('`leakproof keygen` makes one');
    // A self-hosted store's own server takes the key it is given: one of its own making is right.
    const [minio] = check(hardcodedSecretKey, { file: 'docker-compose.yml', text: 'services:\n  minio:\n    image: minio/minio\n    environment:\n      MINIO_SECRET_KEY: changeme' });
    expect(minio?.message).toContain('`leakproof keygen` makes one');
    // The application's own key, named for a service it is not: a key of its own making.
    const [own] = check(hardcodedSecretKey, { file: 'app/settings.py', text: 'JWT_SECRET_KEY = "changeme"' });
    expect(own?.message).toContain('`leakproof keygen` makes one');
    expect(own?.remedy).toBeUndefined();
  });

  it("lowers an APP_KEY outside PHP that Laravel refuses for the cipher in the application's config/app.php", async () => {
    const app = "<?php\nreturn [\n    'key' => env('APP_KEY'),\n    'cipher' => 'AES-256-CBC',\n];\n";
    const ddev = 'web_environment:\n  - APP_KEY=placeholder\n  - APP_ENV=local\n';
    const [refused] = await scanFiles({ '.ddev/config.yaml': ddev, 'config/app.php': app }, [hardcodedSecretKey]);
    expect(refused).toMatchObject({ severity: 'notice', context: 'example', contextWhy: 'a key Laravel refuses to start with: its length does not fit the cipher in `config/app.php`' });
    // A key of the cipher's length (32 bytes, decoded) is one Laravel runs with; without the application's config nothing is known.
    const fits = `web_environment:\n  - APP_KEY=base64:${Buffer.from('k'.repeat(32)).toString('base64')}\n`;
    const kept = await scanFiles({ '.ddev/config.yaml': fits, 'config/app.php': app }, [hardcodedSecretKey]);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.context).not.toBe('example');
    const unknown = await scanFiles({ '.ddev/config.yaml': ddev }, [hardcodedSecretKey]);
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.context).not.toBe('example');
    // A cipher in a comment is none: the setting Laravel reads is the line's own.
    const commented = app.replace("    'cipher'", "    // 'cipher' => 'AES-128-CBC', // before the move to 256\n    'cipher'");
    const real = `services:\n  app:\n    environment:\n      APP_KEY: "base64:${Buffer.from('k'.repeat(32)).toString('base64')}"\n`;
    const prod = await scanFiles({ 'docker/docker-compose.prod.yml': real, 'config/app.php': commented }, [hardcodedSecretKey]);
    expect(prod).toHaveLength(1);
    expect(prod[0]?.context).not.toBe('example');
    // The nearest application above the file decides: one whose cipher is AES-128 takes 16 bytes.
    const aes128 = app.replace('AES-256-CBC', 'AES-128-CBC');
    const sixteen = 'services:\n  web:\n    environment:\n      APP_KEY: "q8Zr4nM2xV7bL1cK"\n';
    const nearest = await scanFiles({ 'apps/shop/docker-compose.yml': sixteen, 'apps/shop/config/app.php': aes128, 'config/app.php': app }, [hardcodedSecretKey]);
    expect(nearest).toHaveLength(1);
    expect(nearest[0]?.context).not.toBe('example');
    expect((await scanFiles({ 'apps/shop/docker-compose.yml': sixteen, 'apps/shop/config/app.php': app }, [hardcodedSecretKey]))[0]?.context).toBe('example');
  });

  it('lowers config/secrets.yml in an application on Rails 7.2 or later, which no longer reads it', async () => {
    const secrets = `development:\n  secret_key_base: ${'8ef1c2d3'.repeat(16)}\n\ntest:\n  secret_key_base: ${'7d75a1b2'.repeat(16)}\n\nproduction:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n`;
    const lock = (v: string) => `GEM\n  remote: https://rubygems.org/\n  specs:\n    actionpack (${v})\n    rails (${v})\n      actionpack (= ${v})\n`;
    const [unread, unreadTest] = await scanFiles({ 'config/secrets.yml': secrets, 'Gemfile.lock': lock('8.0.2.1') }, [hardcodedSecretKey]);
    expect(unread).toMatchObject({ severity: 'notice', context: 'example', contextWhy: 'Rails 7.2 and later no longer read `config/secrets.yml`, and this application locks 8.0 (`Gemfile.lock`)' });
    expect(unread!.message).toContain('Nothing reads the file any more: delete it, and rotate the value where a deployment of an earlier version used it as its key');
    // The reason is said once, after the message.
    expect(unread!.message.split('no longer read').length).toBe(2);
    // The test section's key: a test's, in a file as unread.
    expect(unreadTest).toMatchObject({ severity: 'notice', context: 'test' });
    expect(unreadTest!.message).toContain('Rails 7.2 and later no longer read `config/secrets.yml`, and this application locks 8.0 (`Gemfile.lock`): delete the file.');
    // In an application folder of its own, by its own lock file.
    const [nested] = await scanFiles({ 'apps/shop/config/secrets.yml': secrets, 'apps/shop/Gemfile.lock': lock('7.2.0') }, [hardcodedSecretKey]);
    expect(nested?.severity).toBe('notice');
    // Another service's key there works wherever it is read from; and the app may still read the file itself.
    const paypal = await scanFiles({ 'config/secrets.yml': `production:\n  paypal_secret_key: ${'EHk2Xq9vLm4T'.repeat(4)}\n`, 'Gemfile.lock': lock('7.2.1') }, [hardcodedSecretKey]);
    expect(paypal[0]?.severity).toBe('error');
    const configFor = await scanFiles({ 'config/secrets.yml': secrets, 'Gemfile.lock': lock('8.0.0'), 'config/initializers/secrets.rb': 'SECRETS = Rails.application.config_for(:secrets)\n' }, [hardcodedSecretKey]);
    expect(configFor[0]?.severity).toBe('warning');
    // Rails' generated `production.rb` names the encrypted `secrets.yml.enc` in a comment; a comment loads nothing.
    const comment = '  # Attempt to read encrypted secrets from `config/secrets.yml.enc`.\n  # config.read_encrypted_secrets = true\n  # YAML.load_file("config/secrets.yml")\n';
    const commented = await scanFiles({ 'config/secrets.yml': secrets, 'Gemfile.lock': lock('7.2.1.1'), 'config/environments/production.rb': `Rails.application.configure do\n${comment}end\n` }, [hardcodedSecretKey]);
    expect(commented[0]?.severity).toBe('notice');
    const loaded = await scanFiles({ 'config/secrets.yml': secrets, 'Gemfile.lock': lock('7.2.1.1'), 'config/application.rb': 'SECRETS = YAML.load_file(Rails.root.join("config/secrets.yml")) # ours\n' }, [hardcodedSecretKey]);
    expect(loaded[0]?.severity).toBe('warning');
    // Rails 7.1 still reads it, and without a lock file nothing is known.
    expect((await scanFiles({ 'config/secrets.yml': secrets, 'Gemfile.lock': lock('7.1.3') }, [hardcodedSecretKey]))[0]?.severity).toBe('warning');
    expect((await scanFiles({ 'config/secrets.yml': secrets }, [hardcodedSecretKey]))[0]?.severity).toBe('warning');
    // Without a lock file (publify ignores its own), the least version the Gemfile allows.
    const [gemfile] = await scanFiles({ 'config/secrets.yml': secrets, Gemfile: 'source "https://rubygems.org"\ngem "rails", "~> 7.2.1"\n' }, [hardcodedSecretKey]);
    expect(gemfile).toMatchObject({ severity: 'notice', contextWhy: 'Rails 7.2 and later no longer read `config/secrets.yml`, and this application asks for 7.2 (`Gemfile`)' });
    for (const line of ['gem "rails", ["~> 7.1.5", ">= 7.1.5.2"]', "gem 'rails', '< 8'", '# gem "rails", "~> 8.0"', 'if next?\n  gem "rails", "~> 7.2.0"\nelse\n  gem "rails", "~> 7.1.3"\nend']) {
      expect((await scanFiles({ 'config/secrets.yml': secrets, Gemfile: `${line}\n` }, [hardcodedSecretKey]))[0]?.severity, line).toBe('warning');
    }
  });

  it('tells a value a comment says is no secret to stay as it is when it only scrambles data', async () => {
    const [f] = await scanFiles({ 'lib/links.ts': "// This is not actually a secret key, it's just a string that we XOR with the key\nconst XOR_SECRET_KEY = \"9f86d081884c7d659a2feaa0c55ad015\";\n" }, [hardcodedSecretKey]);
    expect(f).toMatchObject({ severity: 'notice', context: 'example' });
    expect(f!.message).toContain('A comment says it is no secret: if the value only encodes or scrambles data, leave it as it is');
    expect(f!.message).toContain('if it signs or encrypts anything, read it from the environment or a secret store and rotate it');
    expect(f!.message).not.toContain('If the value is made up');
  });

  it('asks for a real key, not a rotation, when the value was published (a placeholder, a default)', () => {
    const [placeholder] = check(hardcodedSecretKey, { file: 'config/settings.py', text: "SECRET_KEY = 'changeme'" });
    expect(placeholder?.message).toMatch(/and the value is weak \(a well-known placeholder value\)\. Read it from the environment or a secret store, and give every deployment a random key of its own \(`leakproof keygen` makes one\)\.$/);
    const [real] = check(hardcodedSecretKey, { file: 'config/settings.py', text: `SECRET_KEY = '${STRONG}'` });
    expect(real?.message).toMatch(/\. Read it from the environment or a secret store, then rotate it\.$/);
    const [ownName] = check(hardcodedSecretKey, { file: 'config/app.yml', text: 'oauth_token_secret: "oauth-token-secret"' });
    expect(ownName?.message).toMatch(/give every deployment a random key of its own/);
    const [nacos] = check(hardcodedSecretKey, { file: 'src/main/resources/application.properties', text: 'nacos.core.auth.plugin.nacos.token.secret.key=VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=' });
    expect(nacos?.message).toMatch(/give every deployment a random key of its own/);
    const [pattern] = check(hardcodedSecretKey, { file: 'config/settings.py', text: "SECRET_KEY = '0123456789abcdef0123456789abcdef'" });
    expect(pattern?.message).toMatch(/give every deployment a random key of its own/);
    // A random key with a counting run inside is no pattern: it is rotated, and not called weak.
    const [run] = check(hardcodedSecretKey, { file: 'config/settings.py', text: `SECRET_KEY = '${STRONG.slice(0, 20)}12345678${STRONG.slice(20)}'` });
    expect(run?.message).toMatch(/\. Read it from the environment or a secret store, then rotate it\.$/);
    expect(run?.message).not.toContain('weak');
    // A key that encrypts stored data is rotated with a re-encryption of that data.
    const [encrypting] = check(hardcodedSecretKey, { file: 'consts/consts.go', text: `const (\n\tDefaultEncryptionKey = "${STRONG}"\n)` });
    expect(encrypting?.message).toMatch(/then rotate it, re-encrypting what it encrypted \(data written under the old key cannot be read with the new one\)\.$/);
    // A client's secret key set beside its access key was issued with it: the pair is revoked where it was issued.
    const issued = 'The service that issued it issued it with the access key beside it: revoke that pair where it was issued, make a new one there';
    for (const [file, text] of [
      ['app/storage.py', 'STORAGE = {\n    "bucket": "maps",\n    "access_key": "Q8ZR4NM2XV7BL1CK9PT3",\n    "secret_key": "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr",\n}'],
      ['src/s3.ts', "const client = new Minio.Client({\n  endPoint: 'files.internal',\n  accessKey: 'Q8ZR4NM2XV7BL1CK9PT3',\n  secretKey: 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr',\n});"],
      // Named with the same prefix: `S3_ACCESS_KEY` and `S3_SECRET_KEY`, a compose service's `MWDB_S3_STORAGE_…`.
      ['deploy/app.env.yml', 'S3_ACCESS_KEY: "Q8ZR4NM2XV7BL1CK9PT3"\nS3_SECRET_KEY: "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr"'],
      ['settings.py', 'MWDB_S3_STORAGE_ACCESS_KEY = "Q8ZR4NM2XV7BL1CK9PT3"\nMWDB_S3_STORAGE_SECRET_KEY = "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr"'],
      ['deploy/k8s/app.yaml', 'env:\n  - name: S3_ACCESS_KEY\n    value: "Q8ZR4NM2XV7BL1CK9PT3"\n  - name: S3_SECRET_KEY\n    value: "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr"'],
    ] as const) {
      const [f] = check(hardcodedSecretKey, { file, text });
      expect(f?.message, file).toContain(issued);
      expect(f?.message).not.toContain('leakproof keygen');
    }
    // Django's SECRET_KEY beside the settings of a storage's access key is the application's own.
    const [django] = check(hardcodedSecretKey, { file: 'mysite/settings.py', text: "AWS_ACCESS_KEY_ID = os.environ['AWS_ACCESS_KEY_ID']\nSECRET_KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK'" });
    expect(django?.message).not.toContain(issued);
    const [alone] = check(hardcodedSecretKey, { file: 'app/storage.py', text: 'STORAGE = {\n    "secret_key": "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr",\n}' });
    expect(alone?.message).not.toContain(issued);
    // An access key read from the environment beside the application's own key, and a password someone chose, are not a pair.
    const [own] = check(hardcodedSecretKey, { file: 'app/storage.py', text: 'STORAGE = {\n    "access_key": os.environ["S3_ACCESS_KEY"],\n    "secret_key": "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr",\n}' });
    expect(own?.message).not.toContain(issued);
    const [chosen] = check(hardcodedSecretKey, { file: 'app/storage.py', text: 'STORAGE = {\n    "access_key": "minio",\n    "secret_key": "minio123",\n}' });
    expect(chosen?.message ?? '').not.toContain(issued);
    // A store's login someone chose is not judged by a signing key's length, nor is it the pair's.
    const [login] = check(hardcodedSecretKey, { file: 'compose/compose.with-s3.yml', text: 'services:\n  mwdb:\n    environment:\n      MWDB_S3_STORAGE_ACCESS_KEY: "mwdb-test-access"\n      MWDB_S3_STORAGE_SECRET_KEY: "mwdb-test-key"' });
    expect(login?.message).not.toContain('shorter than 50 characters');
    expect(login?.message).not.toContain(issued);
    // Another prefix's access key makes no pair.
    const [other] = check(hardcodedSecretKey, { file: 'settings.py', text: 'BACKUP_ACCESS_KEY = "Q8ZR4NM2XV7BL1CK9PT3"\nMEDIA_SECRET_KEY = "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr"' });
    expect(other?.message).not.toContain(issued);
    // A random key that starts with a word like "replace" is no request to replace it.
    const [word] = check(hardcodedSecretKey, { file: 'config/settings.py', text: "SECRET_KEY = 'replacement-9fK2pQ9zL7vX3mN1rT6yW4bH0cJ5sD8aE2gU'" });
    expect(word?.message).toMatch(/\. Read it from the environment or a secret store, then rotate it\.$/);
    // A weak value someone chose may be a real key that leaked: it is rotated.
    const [short] = check(hardcodedSecretKey, { file: 'config/settings.py', text: "SECRET_KEY = 'Kx9#mP2$vL8@qR4!wT6&zN1%'" });
    expect(short?.message).toMatch(/weak \(shorter than 50 characters\)\. Read it from the environment or a secret store, then rotate it\.$/);
    // Words drawn at random (a passphrase) are no sentence.
    const [passphrase] = check(hardcodedSecretKey, { file: 'config/app.yml', text: 'session_secret: "orange-river-mountain-window-candle-harbor-violet-thunder"' });
    expect(passphrase?.message).not.toContain('weak');
  });

  it("asks a store's default credentials to be replaced at the store, not by a key made here", () => {
    const [f] = check(hardcodedSecretKey, { file: 'src/main/resources/application.yml', text: 'minio:\n  endpoint: http://minio:9000\n  accessKey: minioadmin\n  secretKey: minioadmin\n' });
    expect(f?.message).toBe("`secretKey` is set to a hardcoded string literal, and the value is weak (MinIO's default credentials). The store issues this key with its access key: give the store credentials of its own (a new root password, or an access key made for this application), and read both from the environment or a secret store.");
  });

  it('asks a configuration template for a placeholder and every deployment for its own key', () => {
    const [f] = check(hardcodedSecretKey, { file: 'charts/app/values.example.yaml', text: 'env:\n  JWT_SECRET: 5b74c2e1a9d04f7b8e3c6a2f1d0e9b8c7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d\n' });
    expect(f?.message).toBe('`JWT_SECRET` is set to a hardcoded string literal in a configuration template, which deployments copy as it is. Put a placeholder or a reference to a secret store there, give every deployment a random key of its own (`leakproof keygen` makes one), and rotate it where one kept this value.');
    const [weak] = check(hardcodedSecretKey, { file: 'charts/app/values.example.yaml', text: 'env:\n  JWT_SECRET: "q8Zr4nM2xV7bL1cK9p"\n' });
    expect(weak?.message).toMatch(/^`JWT_SECRET` is set to a hardcoded string literal in a configuration template, which deployments copy as it is, and the value is weak \(shorter than 50 characters\)\. Put a placeholder/);
    const [g] = check(hardcodedSecretKey, { file: 'charts/app/values.yaml', text: 'env:\n  JWT_SECRET: 5b74c2e1a9d04f7b8e3c6a2f1d0e9b8c7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d\n' });
    expect(g?.message).toMatch(/string literal\. A chart's values cannot read the environment: .*, then rotate it\.$/);
  });

  it("tells a generator's answers file to drop the key, not to read it from the environment", () => {
    const [f] = check(hardcodedSecretKey, { file: '.yo-rc.json', text: '{\n  "generator-jhipster": {\n    "jhipsterVersion": "9.0.0",\n    "jwtSecretKey": "5b74c2e1a9d04f7b8e3c6a2f1d0e9b8c7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d"\n  }\n}\n' });
    expect(f?.message).toBe(
      "`jwtSecretKey` is set to a hardcoded string literal. It is an answer a Yeoman generator (JHipster's) reads when it writes the project again, which no deployment reads: delete it there so that the generator makes a new one, and read each deployment's key from its environment, then rotate it.",
    );
  });

  it('calls a value of padding around a few words weak, however long, and a published one, with nothing to rotate', () => {
    const padded = `${'='.repeat(22)}BezKoder=Spring${'='.repeat(27)}`;
    const [f] = check(hardcodedSecretKey, { file: 'src/main/resources/application.properties', text: `bezkoder.app.jwtSecret= ${padded}\n` });
    expect(f?.message).toBe(
      '`bezkoder.app.jwtSecret` is set to a hardcoded string literal, and the value is weak (mostly one character repeated, not a random key). Read it from the environment or a secret store, and give every deployment a random key of its own (`leakproof keygen` makes one).',
    );
    // A short unit repeated is a pattern first.
    const [p] = check(hardcodedSecretKey, { file: 'config/app.yml', text: 'jwt:\n  secret: "xxxx1234xxxx1234xxxx1234xxxx1234"\n' });
    expect(p?.message).toContain('the value is weak (a counting run or a short unit repeated, not a random key)');
  });

  it("tells Rails' master key and a data key to re-encrypt what they encrypt, and Heroku's manifest to make no master key", () => {
    const [compose] = check(hardcodedSecretKey, { file: 'docker-compose.yml', text: 'services:\n  web:\n    environment:\n      RAILS_MASTER_KEY: "dbd1c2e3f4a5b6c7d8e9f0a1b2c3d4e5"\n' });
    expect(compose?.message).toContain('then rotate it, re-encrypting what it encrypted');
    const [data] = check(hardcodedSecretKey, { file: 'docker-compose.yml', text: 'services:\n  api:\n    environment:\n      DATA_ENC_KEY: "q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa"\n' });
    expect(data?.message).toContain('re-encrypting what it encrypted');
    const [heroku] = check(hardcodedSecretKey, { file: 'app.json', text: '{\n  "addons": ["heroku-postgresql"],\n  "env": {\n    "RAILS_MASTER_KEY": "dbd1c2e3f4a5b6c7d8e9f0a1b2c3d4e5"\n  }\n}\n' });
    expect(heroku?.message).not.toContain('generator');
    const [supabase] = check(hardcodedSecretKey, { file: 'docker/docker-compose.yml', text: 'services:\n  realtime:\n    environment:\n      DB_ENC_KEY: supabaserealtime\n' });
    expect(supabase?.message).toContain("the value is weak (the example key of Supabase's self-hosting stack). Read it from the environment or a secret store, and give every deployment a random key of its own");
  });

  it("gives the chart's advice only beside a Chart.yaml, and the image's only for an `ENV`", async () => {
    const values = 'app:\n  jwtSecret: 5b74c2e1a9d04f7b8e3c6a2f1d0e9b8c7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d\n';
    const [chart] = await scanFiles({ 'charts/app/values.yaml': values, 'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n' }, [hardcodedSecretKey]);
    expect(chart?.message).toContain("A chart's values cannot read the environment");
    const [role] = await scanFiles({ 'ansible/roles/web/values.yml': values }, [hardcodedSecretKey]);
    expect(role?.message).toMatch(/Read it from the environment or a secret store, then rotate it\.$/);
    const [arg] = check(hardcodedSecretKey, { file: 'Dockerfile', text: 'FROM node:20\nARG JWT_SECRET=5b74c2e1a9d04f7b8e3c6a2f1d0e9b8c7a6f5e4d3c2b1a0f\n' });
    expect(arg?.message).not.toContain('Keep it out of the image');
  });

  it("tells a Kubernetes Secret's manifest to make the Secret where it is deployed, not to read the environment", () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  JWT_SECRET: changeme\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  postgres-password: change-me\n  django-secret-key: changeme\n';
    const [config, secret] = check(hardcodedSecretKey, { file: 'k8s/base/app.yaml', text });
    expect(secret).toMatchObject({ line: 12 });
    expect(secret!.message).toContain("A Secret's manifest in git publishes what it holds: create the Secret where it is deployed instead (`kubectl create secret generic`");
    expect(secret!.message).toContain('`leakproof keygen` makes one');
    // The ConfigMap before it in the same file keeps the usual advice.
    expect(config).toMatchObject({ line: 4 });
    expect(config!.message).toContain('Read it from the environment or a secret store');
  });

  it("tells a chart's values to require the key or take it from a Secret, and a Dockerfile to leave it to the container", () => {
    const [helm] = check(hardcodedSecretKey, { file: 'charts/app/values.yaml', text: 'app:\n  jwtSecret: 5b74c2e1a9d04f7b8e3c6a2f1d0e9b8c7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d\n' });
    expect(helm?.message).toBe(
      "`jwtSecret` is set to a hardcoded string literal. A chart's values cannot read the environment: leave it empty and have the templates require it (`required`), or take it from an existing Secret (`existingSecret`), then rotate it.",
    );
    const [image] = check(hardcodedSecretKey, { file: 'Dockerfile', text: 'FROM python:3.12-slim\nENV DEBUG="False" \\\n    SECRET_KEY="5b74c2e1a9d04f7b8e3c6a2f1d0e9b8c7a6f5e4d3c2b1a0f"\n' });
    expect(image?.message).toBe(
      "`SECRET_KEY` is set to a hardcoded string literal. Keep it out of the image: remove it from the Dockerfile and give it to the container when it runs (`docker run -e SECRET_KEY`, compose's `environment:`, an orchestrator's secret), then rotate it.",
    );
  });

  it('says nothing about base64 of random bytes, and judges base64 of other text by its length', () => {
    const [random] = check(hardcodedSecretKey, { file: 'config/application.properties', text: 'jwt.secret=q8Zr2LmVx0TbWn4KpYs7HdJ3Aw9eRt5uIo1pQs6dFg8=' });
    expect(random?.message).not.toContain('weak');
    const [text] = check(hardcodedSecretKey, { file: 'config/application.properties', text: 'jwt.secret=cThaUjJsOXgwVGJXbg==' });
    expect(text?.message).toContain('weak (shorter than 50 characters)');
  });

  it('says nothing about weakness for a long, varied value', () => {
    const [f] = check(hardcodedSecretKey, { file: 'settings.py', text: `SECRET_KEY = '${STRONG}'` });
    expect(f?.message).not.toContain('weak');
  });

  // Flask-Security's documented `secrets.SystemRandom().getrandbits(128)` prints a random integer of up to 39 digits.
  it.each([
    ['217439086125583907461320958872146093512', false],
    ['12345678901234567890123456789012345678', true],
    ['100000000000000000000000000000000000001', true],
    ['1465851453681323861735056780', true],
  ])('a decimal salt %s is weak: %s', (value, weak) => {
    const [f] = check(hardcodedSecretKey, { file: 'config.py', text: `SECURITY_PASSWORD_SALT = '${value}'` });
    expect(f).toBeDefined();
    expect(f?.message.includes('weak')).toBe(weak);
  });

  // `str(uuid.uuid4())` draws 122 random bits; a time-based UUID (version 1) or a name's hash (version 5) draws none.
  it.each([
    ['3f1c2a9e-7b4d-4e2a-9c1f-8d2b6a4e5f10', false],
    ['B7E15163-2A80-4F1B-A6D2-9C3E04F7D8A1', false],
    ['6f1e2d3c-1a2b-11ee-8c90-0242ac120002', true],
    ['6116487b-cda1-52c2-b5b5-c8022c45e263', true],
    ['12345678-1234-4234-8234-123456789abc', true],
  ])('a UUID %s is weak by its length: %s', (uuid, weak) => {
    const [f] = check(hardcodedSecretKey, { file: 'settings.py', text: `SECRET_KEY = '${uuid}'` });
    expect(f).toBeDefined();
    expect(f?.message.includes('weak')).toBe(weak);
  });

  it('points at the value', () => {
    const [f] = check(hardcodedSecretKey, { file: 'settings.py', text: "SECRET_KEY = 'abcdef'" });
    expect([f?.line, f?.column, f?.endColumn]).toEqual([1, 15, 21]);
  });
});

describe('hardcoded-secret-key: package manifests\' scripts are command lines', () => {
  const manifest = (scripts: string) => `{\n  "name": "shop",\n  "scripts": {\n${scripts}\n  },\n  "dependencies": { "express": "^4.19.2" }\n}\n`;
  it('reads a variable set on a script\'s command line, at its place, in the script\'s context', () => {
    const text = manifest([
      '    "start": "JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3 node server.js",',
      '    "dev": "cross-env SESSION_SECRET=keyboardcat nodemon app.js",',
      '    "test:unit": "cross-env JWT_SECRET=\\"made-up-secret\\" vitest run",',
      '    "build": "NEXTAUTH_SECRET=WILL_BE_OVERWRITTEN next build"',
    ].join('\n'));
    const found = check(hardcodedSecretKey, { file: 'package.json', text });
    expect(found.map((f) => [f.line, f.column, f.key, f.context ?? null])).toEqual([
      [4, 26, 'JWT_SECRET', null],
      [5, 38, 'SESSION_SECRET', 'development'],
      [6, 42, 'JWT_SECRET', 'test'],
      [7, 31, 'NEXTAUTH_SECRET', 'build'],
    ]);
  });

  it('reads a value given to a command that builds, migrates or generates code alone as that one step\'s', () => {
    const text = manifest([
      '    "deploy:database": "cross-env NODE_ENV=production PAYLOAD_SECRET=ignore payload migrate && wrangler d1 execute D1",',
      '    "generate": "JWT_SECRET=dummy-jwt-secret npx prisma generate",',
      '    "release": "SESSION_SECRET=not-used-at-build npm run build && node server.js",',
      '    "start:all": "cross-env JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3 node server.js && payload migrate",',
      '    "deploy": "echo JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3 >> .env && payload migrate"',
    ].join('\n'));
    const found = check(hardcodedSecretKey, { file: 'package.json', text });
    expect(found.map((f) => [f.line, f.key, f.context ?? null])).toEqual([
      [4, 'PAYLOAD_SECRET', 'build'],
      [5, 'JWT_SECRET', 'build'],
      [6, 'SESSION_SECRET', 'build'],
      // Given to a server, or written out for later commands: not one step's.
      [7, 'JWT_SECRET', null],
      [8, 'JWT_SECRET', null],
    ]);
    // The same in a shell script; a real-looking key given to a migration is the deployment's own.
    const [shell] = check(hardcodedSecretKey, { file: 'deploy.sh', text: 'SECRET_KEY=build-only-key python manage.py migrate\n' });
    expect(shell?.context).toBe('build');
    const [real] = check(hardcodedSecretKey, { file: 'deploy.sh', text: `SECRET_KEY_BASE=${'9f2c7e1b4a8d3f60'.repeat(8)} RAILS_ENV=production bin/rails db:migrate\n` });
    expect(real?.context).toBeUndefined();
  });

  it.each([
    // A script named for a key is a command, not the key.
    '    "migrate-encryption-key": "pnpm --filter back-end migrate-encryption-key"',
    '    "jwt-secret": "node -e \\"console.log(require(\'crypto\').randomBytes(32).toString(\'hex\'))\\""',
    '    "start": "JWT_SECRET=$JWT_SECRET node server.js"',
    '    "session-secret:rotate": "node scripts/rotate.js --session-secret"',
  ])('%s is no finding', (script) => {
    expect(check(hardcodedSecretKey, { file: 'package.json', text: manifest(script) })).toEqual([]);
    expect(check(hardcodedSecretKey, { file: 'composer.json', text: manifest(script) })).toEqual([]);
  });

  it('reads an escaped command at its place, scripts on the object\'s own line, and past a long line', () => {
    const [escaped] = check(hardcodedSecretKey, { file: 'package.json', text: manifest('    "start": "JWT_SECRET=\\"q8Zr4nM2xV7bL1cK9pT3\\" node ."') });
    // `    "start": "JWT_SECRET=\"` is 27 characters; the value's 20 end before its escaped quote.
    expect([escaped?.column, escaped?.endColumn, escaped?.secret]).toEqual([28, 48, 'q8Zr4nM2xV7bL1cK9pT3']);
    const inline = check(hardcodedSecretKey, { file: 'package.json', text: '{ "scripts": { "start": "JWT_SECRET=q8Zr4nM2xV7bL1cK9pT3 node .", "build": "tsc" } }\n' });
    expect(inline.map((f) => [f.line, f.column])).toEqual([[1, 37]]);
    // A script longer than a line's window, with an escaped quote in it, still ends the scripts where they end.
    const long = `{\n  "scripts": {\n    "lint": "eslint ${'src/a.ts '.repeat(500)}--rule \\"x\\"",\n    "ok": "true"\n  },\n  "config": { "jwt_secret": "Zq8sT2vBJw5yKp0cN7pLxx" }\n}\n`;
    expect(check(hardcodedSecretKey, { file: 'package.json', text: long }).map((f) => f.line)).toEqual([6]);
  });

  it('still reads a manifest\'s settings outside its scripts', () => {
    const text = '{\n  "name": "shop",\n  "config": { "jwt_secret": "Zq8sT2vBJw5yKp0cN7pLxx" },\n  "scripts": { "start": "node ." }\n}\n';
    expect(check(hardcodedSecretKey, { file: 'package.json', text }).map((f) => f.line)).toEqual([3]);
  });
});

describe("hardcoded-secret-key: Ory's secrets", () => {
  const KRATOS = 'dsn: memory\nserve:\n  public:\n    base_url: http://127.0.0.1:4433/\nsecrets:\n  cookie:\n    - q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa\n    - "PLEASE-CHANGE-ME-I-AM-VERY-INSECURE"  # old\n  cipher: [Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA, "${CIPHER_SECRET}"]\n  other:\n    - q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJb\nidentity:\n  default_schema_id: default\n';
  it('reads every key of the lists under `secrets:`, block or flow, at its place', () => {
    const found = check(hardcodedSecretKey, { file: 'config/kratos.yml', text: KRATOS });
    expect(found.map((f) => [f.line, f.column, f.endColumn, f.key])).toEqual([
      [7, 7, 39, 'secrets.cookie'],
      [8, 8, 43, 'secrets.cookie'],
      [9, 12, 44, 'secrets.cipher'],
    ]);
    expect(found[1]!.message).toContain('weak');
  });

  it.each([
    // Not an Ory configuration: no other key of one at its top.
    ['.github/workflows/ci.yml', 'secrets:\n  default:\n    - q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa\n'],
    // Read from the environment, or empty.
    ['config/hydra.yml', 'dsn: memory\nsecrets:\n  system:\n    - ${SECRETS_SYSTEM}\n  cookie: []\n'],
    // `secrets:` not at the top.
    ['config/kratos.yml', 'dsn: memory\ncourier:\n  secrets:\n    cookie:\n      - q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa\n'],
  ])('%s is no finding', (file, text) => {
    expect(check(hardcodedSecretKey, { file, text })).toEqual([]);
  });
});

describe('hardcoded-secret-key: a value spelt as its name', () => {
  // Alone, or beside constants set to other values, it is a key typed as a stand-in (the name is in the message: the
  // value is too).
  it.each([
    ['src/Auth/JwtSettings.cs', 'public static class JwtSettings\n{\n    public static string Issuer => "shop";\n    public static string SecretKey => "SecretKey";\n}', 4],
    ['src/Auth/JwtSettings.cs', 'public static class JwtSettings\n{\n    public const string Issuer = "https://shop.example";\n    public const string SecretKey = "SecretKey";\n}', 4],
    ['app.py', "app = Flask(__name__)\napp.debug = 'debug'\napp.secret_key = 'secret_key'", 3],
  ])('%s: %s is reported', (file, text, line) => {
    const found = check(hardcodedSecretKey, { file, text });
    expect(found.map((f) => f.line)).toEqual([line]);
  });
});

describe('hardcoded-secret-key: names in escaped strings', () => {
  it('names the key, not the escape before it', () => {
    // A string with no space in it is one word, read as code (another file's text with spaces is prose: see the clean cases).
    const [f] = check(hardcodedSecretKey, { file: 'setup.py', text: "write('.env', \"DEBUG=1\\nJWT_SECRET='escaped-value'\\n\")" });
    expect(f?.key).toBe('JWT_SECRET');
  });
});

describe("hardcoded-secret-key: a script that installs its own gems runs on its own", () => {
  const template = (head: string) =>
    `# frozen_string_literal: true\n${head}\n\ngemfile(true) do\n  source "https://rubygems.org"\n  gem "rails"\nend\n\nclass TestApp < Rails::Application\n  config.root = __dir__\n  config.secret_key_base = "secret_key_base"\nend\n\nrequire "minitest/autorun"\n`;
  it("places a bug report template's key in a test's context", () => {
    const [f] = check(hardcodedSecretKey, { file: 'tasks/bug_report_template.rb', text: template('require "bundler/inline"') });
    expect(f).toMatchObject({ line: 11, context: 'test' });
    expect(f!.contextWhy).toContain('bundler/inline');
    expect(f!.contextWhy).toContain('runs a test');
  });
  it('leaves an operations script that installs its own gems but runs no test where it is', () => {
    const script = 'require "bundler/inline"\n\ngemfile do\n  gem "httparty"\nend\n\nJWT_SECRET = "Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA"\n';
    expect(check(hardcodedSecretKey, { file: 'scripts/sync_orders.rb', text: script })[0]!.context).toBeUndefined();
  });

  it('leaves an application that requires bundler/setup, or mentions bundler/inline only in a comment, where it is', () => {
    expect(check(hardcodedSecretKey, { file: 'config/application.rb', text: template('require "bundler/setup"') })[0]!.context).toBeUndefined();
    expect(check(hardcodedSecretKey, { file: 'config/application.rb', text: template('# unlike require "bundler/inline"') })[0]!.context).toBeUndefined();
  });
});

describe('hardcoded-secret-key: commented-out assignments are notices', () => {
  // A `#` or `//` comment alone on its line whose whole text is one assignment: see `isLoneAssignment`.
  const notices: [string, string, number, string][] = [
    ['mysite/settings.py', "SECRET_KEY = os.environ['SECRET_KEY']\n# SECRET_KEY = 'django-insecure-old-key-7Hq2'", 2, 'django-insecure-old-key-7Hq2'],
    ['config.js', "// const JWT_SECRET = 'old-jwt-secret-4Tw';\nconst JWT_SECRET = process.env.JWT_SECRET;", 1, 'old-jwt-secret-4Tw'],
    ['config/app.php', "    'key' => env('APP_KEY'),\n    // 'key' => 'base64:Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5',", 2, 'base64:Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5'],
    // Indented like an RDoc example, but a lone assignment all the same: one edit from live, so a notice.
    ['lib/my_gem/railtie.rb', '# Set it in config/application.rb:\n#\n#   config.secret_key_base = "3b7cd727ee24e8444053437c36cc66c3"', 3, '3b7cd727ee24e8444053437c36cc66c3'],
    ['src/main/java/JwtUtil.java', '    // private static final String SECRET_KEY = "mySecretKey";', 1, 'mySecretKey'],
    ['app.js', "app.use(session({\n  // secret: 'keyboard cat',\n  secret: process.env.SESSION_SECRET,\n}))", 2, 'keyboard cat'],
  ];
  it.each(notices)('%s: %s', (file, text, line, secret) => {
    expect(check(hardcodedSecretKey, { file, text }).map((f) => [f.line, f.secret, f.severity])).toEqual([[line, secret, 'notice']]);
  });

  it('keeps the live assignment beside it an error', () => {
    const found = check(hardcodedSecretKey, { file: 'settings.py', text: "# SECRET_KEY = 'old-key-9f2kQx'\nSECRET_KEY = 'new-key-4Tw8zQ'" });
    expect(found.map((f) => [f.line, f.severity])).toEqual([[1, 'notice'], [2, undefined]]);
    expect(found[0]!.message).toMatch(/\(notice: commented out\)$/);
    expect(found[1]!.message).not.toContain('commented out');
  });
});

describe('hardcoded-secret-key: SECRET_KEY_FALLBACKS', () => {
  it('reports the list items, not the names read inside it', () => {
    const found = check(hardcodedSecretKey, { file: 'settings.py', text: "SECRET_KEY_FALLBACKS = ['old-key-2023-abcdef', env('OLD_SECRET_KEY')]" });
    expect(found.map((f) => f.secret)).toEqual(['old-key-2023-abcdef']);
  });
});

describe('hardcoded-secret-key: the line filter', () => {
  const line = (c: Case) => check(hardcodedSecretKey, c).map((f) => [f.line, f.secret]);

  it('finds the same lines when lower-casing changes the text length (İ) as when it does not', () => {
    const body = "# -*- coding: utf-8 -*-\nCITY = 'Istanbul'\nSECRET_KEY = 'after-a-city-7Hq2'\n";
    expect(line({ file: 'settings.py', text: body })).toEqual([[3, 'after-a-city-7Hq2']]);
    expect(line({ file: 'settings.py', text: body.replace('Istanbul', 'İstanbul') })).toEqual([[3, 'after-a-city-7Hq2']]);
  });

  it('finds a name in any window of a long line, and across CR, CRLF and LF line ends', () => {
    const padding = 'x = 1; '.repeat(1200);
    expect(line({ file: 'app.js', text: `${padding}var SECRET_KEY = "deep-in-a-long-line-9Qz";` })).toEqual([[1, 'deep-in-a-long-line-9Qz']]);
    expect(line({ file: 'settings.py', text: "A = 1\r\nB = 2\rSECRET_KEY = 'cr-ended-4Tw'\nC = 3" })).toEqual([[3, 'cr-ended-4Tw']]);
  });
});

describe('hardcoded-secret-key: code samples in YAML text', () => {
  it('drops a placeholder in a code sample of Markdown text in a YAML block, as in documentation', () => {
    const file = 'cookbook/recipes/express/recipe.yaml';
    const text = 'nextSteps: |\n  1. Create a `.env` file with your credentials:\n    ```\n    PUBLIC_STORE_DOMAIN="your-store.myshopify.com"\n    SESSION_SECRET="your-session-secret-at-least-32-chars"\n    ```\n  2. Run `npm run dev`';
    const found = check(hardcodedSecretKey, { file, text });
    expect(found.map((f) => f.line)).toEqual([5]);
    const placed = placeFinding({ ...found[0]!, path: file, status: 'tracked' }, hardcodedSecretKey.meta.severity, hardcodedSecretKey.meta.policy, new ContextClassifier());
    expect(placed).toBeNull();
  });
});

describe('hardcoded-secret-key: what sealed sessions and cookies are called', () => {
  it.each([
    ['nuxt.config.ts', "export default defineNuxtConfig({\n  modules: ['nuxt-auth-utils'],\n  runtimeConfig: { session: { password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR' } },\n});", 'nuxt-auth-utils session `password`'],
    ['server/utils/session.ts', "import { useSession } from 'h3';\nexport const s = (event) => useSession(event, { password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR' });", 'h3 `useSession()` `password`'],
    ['app/utils/session.ts', "import { useSession } from '#imports';\nconst sessionConfig: SessionConfig = { password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR' };", 'h3 session `password`'],
    ['app/sessions.server.ts', "import { createCookieSessionStorage } from '@remix-run/node';\nexport const s = createCookieSessionStorage({ cookie: { name: '_s', secrets: ['q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR'] } });", "session cookie's `secrets` (Remix, React Router)"],
    // A Nuxt server file that loads iron-session seals with iron-session.
    ['server/api/session.ts', "import { getIronSession } from 'iron-session';\nconst s = getSession;\nexport const sessionOptions = { password: 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', cookieName: 'x' };", 'iron-session `password`'],
    ['Web.config', '<machineKey validationKey="C50B3C89CB21F4F1422FF158A5B42D0E8DB8CB5CDA1742572A487D9401E3400267682B202B746511891C1BAF47F8D25C07F6C39A104696DB51F17C529AD3CABE" />', 'ASP.NET `<machineKey validationKey>`'],
  ])('%s names %s', (file, text, subject) => {
    const found = check(hardcodedSecretKey, { file, text });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(subject);
  });
});

describe('hardcoded-secret-key: rotation lists', () => {
  it('reports every literal key of a list, and a fallback in it once', () => {
    const text = "const Koa = require('koa');\napp.keys = [process.env.KOA_KEY || 'koa-dev-key', 'q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', getOldKey(), 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA'];";
    expect(check(hardcodedSecretKey, { file: 'src/server.js', text }).map((f) => f.secret)).toEqual(['q8Zr4nM2xV7bL1cK9pT3wY6uH0sD5fGjA8eR', 'Vq3mZ8kR2xL7pN4wT9bC6hF1jD5sG0yA']);
  });
});
