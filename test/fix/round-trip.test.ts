import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Fixture } from '../helpers/fixture';
import { check, committedRepo, findings, fix, has, read } from './helpers';
import { REPO } from '../helpers/build';

const TSC = path.join(REPO, 'node_modules/typescript/bin/tsc');

// Real-looking values the rules flag; none of them may survive a fix or be printed.
const KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uW';
const HEX = '3b7cd727ee24e8444053437c36cc66c3a91f0e2d';

type Parser = 'python' | 'node' | 'tsc' | 'java' | 'yaml' | 'bash' | 'ruby' | 'php' | 'rust' | null;

interface Case {
  name: string;
  file: string;
  text: string;
  rule: 'hardcoded-secret-key' | 'secret-key-fallback' | 'dotenv-template-secret';
  /** What the fixed file must contain. */
  expect: string[];
  parse: Parser;
  /** Extra files, committed too (a Rails app's config/application.rb). */
  more?: Record<string, string>;
  /** Where the fresh key goes, when the fix writes one. */
  local?: { file: string; name: string };
}

const CASES: Case[] = [
  {
    name: 'Django settings: literal SECRET_KEY, import os after the docstring and __future__',
    file: 'mysite/settings.py',
    text: `"""Django settings.\n\nMore text.\n"""\nfrom __future__ import annotations\n\nfrom pathlib import Path\n\nSECRET_KEY = 'django-insecure-${KEY}'\nDEBUG = False\n`,
    rule: 'hardcoded-secret-key',
    expect: [`"""\nfrom __future__ import annotations\n\nimport os\nfrom pathlib import Path\n`, "SECRET_KEY = os.environ.get('SECRET_KEY')\n"],
    parse: 'python',
    local: { file: '.env', name: 'SECRET_KEY' },
  },
  {
    name: 'Flask app.secret_key bytes literal stays bytes, os already imported',
    file: 'app.py',
    text: `import os\nfrom flask import Flask\n\napp = Flask(__name__)\napp.secret_key = b"${KEY}"\n`,
    rule: 'hardcoded-secret-key',
    expect: ['app.secret_key = os.environ["SECRET_KEY"].encode()\n'],
    parse: 'python',
  },
  {
    name: "Python HMAC key: hmac.new takes bytes, so the variable's value is encoded",
    file: 'app/signing.py',
    text: `import hashlib\nimport hmac\n\n\ndef sign(msg: bytes) -> str:\n    return hmac.new(rb'${KEY}', msg, hashlib.sha256).hexdigest()\n`,
    rule: 'hardcoded-secret-key',
    expect: ["import os\nimport hashlib\nimport hmac\n", "    return hmac.new(os.environ['HMAC_SECRET'].encode(), msg, hashlib.sha256).hexdigest()\n"],
    parse: 'python',
  },
  {
    name: 'Python Fernet key: Fernet takes bytes, reads FERNET_KEY, and the fresh key in .env is a Fernet key',
    file: 'app/vault.py',
    text: `from cryptography.fernet import Fernet\n\nbox = Fernet(b'${KEY}')\n`,
    rule: 'hardcoded-secret-key',
    expect: ["import os\nfrom cryptography.fernet import Fernet\n", "box = Fernet(os.environ['FERNET_KEY'].encode())\n"],
    parse: 'python',
    local: { file: '.env', name: 'FERNET_KEY' },
  },
  {
    name: "Node HMAC key: createHmac reads HMAC_SECRET and fails where it is missing",
    file: 'src/webhooks.js',
    text: `const crypto = require('crypto');\n\nexports.sign = (body) => crypto.createHmac('sha256', '${KEY}').update(body).digest('hex');\n`,
    rule: 'hardcoded-secret-key',
    expect: ["crypto.createHmac('sha256', requiredEnv('HMAC_SECRET'))"],
    parse: 'node',
  },
  {
    name: 'Flask config mapping with no imports at all (a `config.py` is no settings module by its path: strict)',
    file: 'config.py',
    text: `SECRET_KEY = "${KEY}"\n`,
    rule: 'hardcoded-secret-key',
    expect: ['import os\n\nSECRET_KEY = os.environ["SECRET_KEY"]\n'],
    parse: 'python',
  },
  {
    name: 'Windows line endings stay Windows line endings',
    file: 'app/settings.py',
    text: `"""Settings."""\r\n\r\nDEBUG = False\r\nSECRET_KEY = "${KEY}"\r\n`,
    rule: 'hardcoded-secret-key',
    expect: ['"""Settings."""\r\n\r\nimport os\r\n\r\nDEBUG = False\r\nSECRET_KEY = os.environ.get("SECRET_KEY")\r\n'],
    parse: 'python',
  },
  {
    name: "Flask config class: a class attribute is read leniently, as a settings module's setting",
    file: 'config.py',
    text: `import os\n\n\nclass Config:\n    DEBUG = False\n    SECRET_KEY = "${KEY}"\n\n\nclass TestingConfig(Config):\n    TESTING = True\n`,
    rule: 'hardcoded-secret-key',
    expect: ['class Config:\n    DEBUG = False\n    SECRET_KEY = os.environ.get("SECRET_KEY")\n'],
    parse: 'python',
  },
  {
    name: "Python: a module that is no settings module reads strictly (unset, None would match a missing header)",
    file: 'app/hooks.py',
    text: `WEBHOOK_SECRET = "${KEY}"\n\n\ndef check(request):\n    return request.headers.get("X-Webhook-Secret") == WEBHOOK_SECRET\n`,
    rule: 'hardcoded-secret-key',
    expect: ['import os\n\nWEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"]\n'],
    parse: 'python',
  },
  {
    name: "Django settings: a key inside a dict or under a module-level if is read strictly (only SECRET_KEY's own line is lenient)",
    file: 'proj/settings.py',
    text: `import os\n\nDEBUG = os.environ.get("DEBUG") == "1"\nif DEBUG:\n    SECRET_KEY = "dev"\nelse:\n    SECRET_KEY = "${KEY}"\nSIMPLE_JWT = {\n    "SIGNING_KEY": "${KEY}x",\n}\n`,
    rule: 'hardcoded-secret-key',
    expect: ['else:\n    SECRET_KEY = os.environ["SECRET_KEY"]\n', '    "SIGNING_KEY": os.environ["SIGNING_KEY"],\n'],
    parse: 'python',
  },
  {
    name: "python-decouple casts its default, so a settings module's default goes rather than becoming None",
    file: 'proj/settings.py',
    text: `from decouple import config\n\nSESSION_SECRET = config('SESSION_SECRET', default='${KEY}', cast=str)\n`,
    rule: 'secret-key-fallback',
    expect: ["SESSION_SECRET = config('SESSION_SECRET', cast=str)\n"],
    parse: 'python',
  },
  {
    name: 'Python: a default inside a function whose signature runs over lines stays strict',
    file: 'myapp/settings.py',
    text: `import os\n\n\ndef verify_token(\n    request,\n) -> bool:\n    SECRET_KEY = os.environ.get("API_TOKEN_SECRET", "${KEY}")\n    return request.headers.get("X-Token") == SECRET_KEY\n`,
    rule: 'secret-key-fallback',
    expect: ['    SECRET_KEY = os.environ["API_TOKEN_SECRET"]\n'],
    parse: 'python',
  },
  {
    name: 'Python: a key set inside a function is read strictly (it runs when called, not at import)',
    file: 'app/factory.py',
    text: `import os\n\n\ndef create_app():\n    SECRET_KEY = "${KEY}"\n    return make(SECRET_KEY)\n`,
    rule: 'hardcoded-secret-key',
    expect: ['def create_app():\n    SECRET_KEY = os.environ["SECRET_KEY"]\n'],
    parse: 'python',
  },
  {
    name: 'Python os.getenv default inside a function stays a strict read',
    file: 'app/keys.py',
    text: `import os\n\n\ndef signing_key():\n    return os.getenv('SECRET_KEY', '${KEY}')\n`,
    rule: 'secret-key-fallback',
    expect: ["    return os.environ['SECRET_KEY']\n"],
    parse: 'python',
  },
  {
    name: 'Python os.getenv default',
    file: 'settings.py',
    text: `import os\n\nSECRET_KEY = os.getenv('SECRET_KEY', '${KEY}')\n`,
    rule: 'secret-key-fallback',
    expect: ["SECRET_KEY = os.getenv('SECRET_KEY')\n"],
    parse: 'python',
  },
  {
    name: 'Python os.environ.get(...) or default',
    file: 'settings.py',
    text: `import os\nSECRET_KEY = os.environ.get("SECRET_KEY") or "${KEY}"\n`,
    rule: 'secret-key-fallback',
    expect: ['SECRET_KEY = os.environ.get("SECRET_KEY")\n'],
    parse: 'python',
  },
  {
    name: 'django-environ default',
    file: 'config/settings/base.py',
    text: `import environ\nenv = environ.Env()\nSECRET_KEY = env('DJANGO_SECRET_KEY', default='${KEY}')\n`,
    rule: 'secret-key-fallback',
    expect: ["SECRET_KEY = env('DJANGO_SECRET_KEY', default=None)\n"],
    parse: 'python',
  },
  {
    name: 'django-environ default on a line of its own',
    file: 'config/settings/base.py',
    text: `import environ\nenv = environ.Env()\nSECRET_KEY = env(\n    "DJANGO_SECRET_KEY",\n    default="${KEY}",\n)\n`,
    rule: 'secret-key-fallback',
    expect: ['SECRET_KEY = env(\n    "DJANGO_SECRET_KEY",\n    default=None,\n)\n'],
    parse: 'python',
  },
  {
    name: 'Express: process.env.JWT_SECRET || literal',
    file: 'src/auth.js',
    text: `const jwt = require('jsonwebtoken');\n\nconst secret = process.env.JWT_SECRET || '${KEY}';\nmodule.exports = (p) => jwt.sign(p, secret);\n`,
    rule: 'secret-key-fallback',
    expect: ["const secret = process.env.JWT_SECRET;\nif (!secret) throw new Error('JWT_SECRET is not set');\n"],
    parse: 'node',
    local: { file: '.env', name: 'JWT_SECRET' },
  },
  {
    name: 'Node: fallback inside a call reads the variable where it is used, with a checked read after the imports',
    file: 'src/sign.mjs',
    text: `import jwt from "jsonwebtoken"\n\nexport const sign = (p) => jwt.sign(p, process.env.JWT_SECRET ?? "${KEY}")\n`,
    rule: 'secret-key-fallback',
    expect: [
      'import jwt from "jsonwebtoken"\n\nfunction requiredEnv(name) {\n  const value = process.env[name]\n  if (!value) throw new Error(`${name} is not set`)\n  return value\n}\n\n',
      'jwt.sign(p, requiredEnv("JWT_SECRET"))',
    ],
    parse: 'node',
  },
  {
    name: 'Node: destructuring default',
    file: 'config.js',
    text: `const { JWT_SECRET = '${KEY}' } = process.env;\nmodule.exports = { JWT_SECRET };\n`,
    rule: 'secret-key-fallback',
    expect: ["const { JWT_SECRET } = process.env;\nif (!JWT_SECRET) throw new Error('JWT_SECRET is not set');\n"],
    parse: 'node',
  },
  {
    name: 'Node: hardcoded constant',
    file: 'config.js',
    text: `'use strict';\nconst JWT_SECRET = '${KEY}';\nmodule.exports = { JWT_SECRET };\n`,
    rule: 'hardcoded-secret-key',
    expect: ["const JWT_SECRET = process.env.JWT_SECRET;\nif (!JWT_SECRET) throw new Error('JWT_SECRET is not set');\n"],
    parse: 'node',
  },
  {
    name: 'Express session({ secret }): the checked read is declared after the requires, in the file\'s indentation',
    file: 'server.js',
    text: `const express = require('express');\nconst session = require('express-session');\n\nconst app = express();\nif (app) {\n    app.set('x', 1);\n}\napp.use(session({ secret: '${KEY}', resave: false }));\n`,
    rule: 'hardcoded-secret-key',
    expect: [
      "const session = require('express-session');\n\nfunction requiredEnv(name) {\n    const value = process.env[name];\n    if (!value) throw new Error(`${name} is not set`);\n    return value;\n}\n\n",
      "app.use(session({ secret: requiredEnv('SESSION_SECRET'), resave: false }));",
    ],
    parse: 'node',
  },
  {
    name: 'TypeScript: the check comes first, so the constant is a string',
    file: 'src/config.ts',
    text: `export const JWT_SECRET: string = "${KEY}";\nexport function secret(): string {\n  return JWT_SECRET;\n}\n`,
    rule: 'hardcoded-secret-key',
    expect: ['if (!process.env.JWT_SECRET) throw new Error("JWT_SECRET is not set");\nexport const JWT_SECRET: string = process.env.JWT_SECRET;\n'],
    parse: 'tsc',
  },
  {
    name: 'TypeScript: a fallback inside a function becomes a typed checked read',
    file: 'src/token.ts',
    text: `declare function sign(p: object, key: string): string;\n\nexport function token(p: object): string {\n  return sign(p, process.env.JWT_SECRET || '${KEY}');\n}\n`,
    rule: 'secret-key-fallback',
    expect: ['function requiredEnv(name: string): string {\n  const value = process.env[name];\n', "\n}\n\ndeclare function", "  return sign(p, requiredEnv('JWT_SECRET'));\n"],
    parse: 'tsc',
  },
  {
    name: 'NestJS ConfigService.get default → getOrThrow',
    file: 'src/auth/auth.module.ts',
    text: `const secret = config.get<string>('JWT_SECRET', '${KEY}');\n`,
    rule: 'secret-key-fallback',
    expect: ["const secret = config.getOrThrow<string>('JWT_SECRET');\n"],
    parse: null,
  },
  {
    name: 'Rails initializer',
    file: 'config/initializers/secret_token.rb',
    text: `Rails.application.config.secret_key_base = '${HEX}${HEX}'\n`,
    rule: 'hardcoded-secret-key',
    expect: ["Rails.application.config.secret_key_base = ENV.fetch('SECRET_KEY_BASE')\n"],
    parse: 'ruby',
  },
  {
    name: 'Ruby ENV.fetch default',
    file: 'config/initializers/jwt.rb',
    text: `JWT_KEY = ENV.fetch("SECRET_KEY_BASE", "${KEY}")\n`,
    rule: 'secret-key-fallback',
    expect: ['JWT_KEY = ENV.fetch("SECRET_KEY_BASE")\n'],
    parse: 'ruby',
  },
  {
    name: 'Ruby ENV[...] || default',
    file: 'app.rb',
    text: `set :session_secret, ENV['SESSION_SECRET'] || '${KEY}'\n`,
    rule: 'secret-key-fallback',
    expect: ["set :session_secret, ENV.fetch('SESSION_SECRET')\n"],
    parse: 'ruby',
  },
  {
    name: 'Rails config/secrets.yml becomes ERB',
    file: 'config/secrets.yml',
    text: `production:\n  secret_key_base: ${HEX}${HEX}\n`,
    rule: 'hardcoded-secret-key',
    expect: ['  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE") %>\n'],
    parse: 'yaml',
    local: { file: '.env', name: 'SECRET_KEY_BASE' },
  },
  {
    name: 'Laravel config/app.php',
    file: 'config/app.php',
    text: `<?php\n\nreturn [\n    'name' => env('APP_NAME', 'Laravel'),\n    'key' => 'base64:${Buffer.from(KEY).toString('base64')}',\n];\n`,
    rule: 'hardcoded-secret-key',
    expect: ["    'key' => env('APP_KEY'),\n"],
    parse: 'php',
    local: { file: '.env', name: 'APP_KEY' },
  },
  {
    name: 'Laravel env() default',
    file: 'config/jwt.php',
    text: `<?php\nreturn [\n    'secret' => env('JWT_SECRET', '${KEY}'),\n];\n`,
    rule: 'secret-key-fallback',
    expect: ["    'secret' => env('JWT_SECRET'),\n"],
    parse: 'php',
  },
  {
    name: 'Spring application.properties',
    file: 'src/main/resources/application.properties',
    text: `server.port=8080\njwt.secret=${KEY}\n`,
    rule: 'hardcoded-secret-key',
    expect: ['jwt.secret=${JWT_SECRET}\n'],
    parse: null,
  },
  {
    name: 'Spring application.yml',
    file: 'src/main/resources/application.yml',
    text: `jwt:\n  secret: "${KEY}"\n  expiration: 3600\n`,
    rule: 'hardcoded-secret-key',
    expect: ['  secret: "${JWT_SECRET}"\n'],
    parse: 'yaml',
  },
  {
    name: 'Spring @Value placeholder default in Java',
    file: 'src/main/java/app/Jwt.java',
    text: `@interface Value { String value(); }\nclass Jwt {\n  @Value("\${jwt.secret:${KEY}}")\n  String secret;\n}\n`,
    rule: 'secret-key-fallback',
    expect: ['  @Value("${jwt.secret}")\n'],
    parse: 'java',
  },
  {
    name: 'Java field',
    file: 'src/main/java/app/Tokens.java',
    text: `class Tokens {\n  private String jwtSecret = "${KEY}";\n}\n`,
    rule: 'hardcoded-secret-key',
    expect: ['  private String jwtSecret = java.util.Objects.requireNonNull(System.getenv("JWT_SECRET"), "JWT_SECRET is not set");\n'],
    parse: 'java',
  },
  {
    name: 'docker-compose environment map',
    file: 'docker-compose.yml',
    text: `services:\n  web:\n    image: app\n    environment:\n      SECRET_KEY: ${KEY}\n`,
    rule: 'hardcoded-secret-key',
    expect: ['      SECRET_KEY: ${SECRET_KEY:?SECRET_KEY is not set}\n'],
    parse: 'yaml',
    local: { file: '.env', name: 'SECRET_KEY' },
  },
  {
    name: 'docker-compose environment list, in a folder (its .env is beside it)',
    file: 'deploy/compose.yaml',
    text: `services:\n  web:\n    environment:\n      - JWT_SECRET=${KEY}\n`,
    rule: 'hardcoded-secret-key',
    expect: ['      - JWT_SECRET=${JWT_SECRET:?JWT_SECRET is not set}\n'],
    parse: 'yaml',
    local: { file: 'deploy/.env', name: 'JWT_SECRET' },
  },
  {
    name: 'docker-compose ${VAR:-default}',
    file: 'docker-compose.yml',
    text: `services:\n  web:\n    environment:\n      SECRET_KEY: \${SECRET_KEY:-${KEY}}\n`,
    rule: 'secret-key-fallback',
    expect: ['      SECRET_KEY: ${SECRET_KEY:?SECRET_KEY is not set}\n'],
    parse: 'yaml',
  },
  {
    name: 'GitHub workflow env',
    file: '.github/workflows/deploy.yml',
    text: `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      JWT_SECRET: ${KEY}\n    steps:\n      - run: ./deploy.sh\n`,
    rule: 'hardcoded-secret-key',
    expect: ['      JWT_SECRET: ${{ secrets.JWT_SECRET }}\n'],
    parse: 'yaml',
  },
  {
    name: 'GitHub workflow secrets fallback',
    file: '.github/workflows/ci.yml',
    text: `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    env:\n      JWT_SECRET: \${{ secrets.JWT_SECRET || '${KEY}' }}\n    steps:\n      - run: npm test\n`,
    rule: 'secret-key-fallback',
    expect: ['      JWT_SECRET: ${{ secrets.JWT_SECRET }}\n'],
    parse: 'yaml',
  },
  {
    name: 'shell export',
    file: 'scripts/run.sh',
    text: `#!/bin/sh\nexport SECRET_KEY=${KEY}\nexec gunicorn app:app\n`,
    rule: 'hardcoded-secret-key',
    expect: ['export SECRET_KEY="${SECRET_KEY:?}"\n'],
    parse: 'bash',
  },
  {
    name: 'shell ${VAR:-default}',
    file: 'scripts/start.sh',
    text: `#!/bin/sh\nexec app --secret "\${SECRET_KEY:-${KEY}}"\n`,
    rule: 'secret-key-fallback',
    expect: ['exec app --secret "${SECRET_KEY:?}"\n'],
    parse: 'bash',
  },
  {
    name: 'Rust clap option: the default goes from its attribute, so a String field is required',
    file: 'src/config.rs',
    text: `use clap::Parser;\n\n#[derive(Parser)]\npub struct Args {\n    #[arg(long, env = "JWT_SECRET", default_value = "${KEY}")]\n    pub jwt_secret: String,\n}\n`,
    rule: 'secret-key-fallback',
    expect: ['    #[arg(long, env = "JWT_SECRET")]\n    pub jwt_secret: String,\n'],
    parse: null,
  },
  {
    name: 'Rust clap option over several lines: the default line goes',
    file: 'src/cli.rs',
    text: `pub struct Cli {\n    #[arg(\n        long,\n        env = "SESSION_SECRET",\n        default_value = "${KEY}",\n        help = "cookie signing key"\n    )]\n    session_secret: String,\n}\n`,
    rule: 'secret-key-fallback',
    expect: ['        env = "SESSION_SECRET",\n        help = "cookie signing key"\n    )]\n'],
    parse: null,
  },
  {
    name: 'Rust env::var with unwrap_or: expect instead',
    file: 'src/config.rs',
    text: `use std::env;\n\npub fn jwt_secret() -> String {\n    env::var("JWT_SECRET").unwrap_or("${KEY}".to_string())\n}\n`,
    rule: 'secret-key-fallback',
    expect: ['    env::var("JWT_SECRET").expect("JWT_SECRET is not set")\n'],
    parse: 'rust',
  },
  {
    name: 'Rust chain broken by rustfmt: unwrap_or_else with a closure',
    file: 'src/config.rs',
    text: `pub fn session_secret() -> String {\n    std::env::var("SESSION_SECRET")\n        .unwrap_or_else(|_| String::from("${KEY}"))\n}\n`,
    rule: 'secret-key-fallback',
    expect: ['    std::env::var("SESSION_SECRET")\n        .expect("SESSION_SECRET is not set")\n'],
    parse: 'rust',
  },
  {
    name: 'Go urfave/cli flag: Value becomes Required',
    file: 'cmd/server/main.go',
    text: `package main\n\nimport "github.com/urfave/cli/v2"\n\nvar flags = []cli.Flag{\n\t&cli.StringFlag{\n\t\tName:    "jwt-secret",\n\t\tValue:   "${KEY}",\n\t\tEnvVars: []string{"JWT_SECRET"},\n\t},\n}\n`,
    rule: 'secret-key-fallback',
    expect: ['\t\tName:    "jwt-secret",\n\t\tRequired: true,\n\t\tEnvVars: []string{"JWT_SECRET"},\n'],
    parse: null,
  },
  {
    name: 'dotenv template: a real-looking value becomes a placeholder',
    file: '.env.example',
    text: `APP_NAME=shop\nJWT_SECRET=${KEY}\nDATABASE_URL=postgres://app:${KEY.slice(0, 18)}@db/app\n`,
    rule: 'dotenv-template-secret',
    expect: ['JWT_SECRET=change-me\n', 'DATABASE_URL=postgres://app:change-me@db/app\n'],
    parse: null,
  },
];

const fixtures: Fixture[] = [];
afterAll(() => {
  for (const f of fixtures) f.cleanup();
});

function parses(parser: Parser, f: Fixture, rel: string): void {
  switch (parser) {
    case 'python':
      if (has('python3')) check('python3', ['-c', 'import ast,sys; ast.parse(open(sys.argv[1]).read(), sys.argv[1])', rel], f.root);
      return;
    case 'node':
      check(process.execPath, ['--check', rel], f.root);
      return;
    case 'tsc':
      check(process.execPath, [TSC, '--noEmit', '--strict', '--skipLibCheck', '--types', 'node', '--typeRoots', path.join(REPO, 'node_modules/@types'), rel], f.root);
      return;
    case 'java':
      if (has('javac')) {
        const out = mkdtempSync(path.join(tmpdir(), 'leakproof-javac-'));
        try {
          check('javac', ['-d', out, rel], f.root);
        } finally {
          rmSync(out, { recursive: true, force: true });
        }
      }
      return;
    case 'yaml':
      parseYaml(read(f, rel));
      return;
    case 'bash':
      if (has('bash')) check('bash', ['-n', rel], f.root);
      return;
    case 'ruby':
      if (has('ruby')) check('ruby', ['-c', rel], f.root);
      return;
    case 'php':
      if (has('php')) check('php', ['-l', rel], f.root);
      return;
    case 'rust':
      if (has('rustc')) {
        const out = mkdtempSync(path.join(tmpdir(), 'leakproof-rustc-'));
        try {
          check('rustc', ['--edition', '2021', '--crate-type', 'lib', '--emit', 'metadata', '--out-dir', out, rel], f.root);
        } finally {
          rmSync(out, { recursive: true, force: true });
        }
      }
      return;
    case null:
      return;
  }
}

describe('fix, rescan, no finding: every idiom', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const f = committedRepo({ [c.file]: c.text, ...c.more });
    fixtures.push(f);
    const before = await findings(f.root);
    expect(before.map((x) => x.ruleId), 'the case must be flagged before the fix').toContain(c.rule);

    const r = await fix(f.root, '--write', '--unsafe', '--fail-on', 'notice');
    expect(r.stderr).toBe('');
    for (const secret of [KEY, HEX]) expect(r.stdout.includes(secret), 'the report must not print a secret').toBe(false);
    const fixed = read(f, c.file);
    for (const e of c.expect) expect(fixed).toContain(e);
    expect(fixed.includes(KEY) || fixed.includes(HEX), 'the old value must be gone from the file').toBe(false);
    parses(c.parse, f, c.file);

    const after = await findings(f.root);
    expect(after.filter((x) => x.path === c.file).map((x) => `${x.ruleId}:${x.line}`)).toEqual([]);
    if (c.local) {
      const env = read(f, c.local.file);
      expect(env).toMatch(new RegExp(`^${c.local.name}=`, 'm'));
      expect(f.git('check-ignore', '--no-index', c.local.file)).toBe(c.local.file);
      expect(f.git('ls-files', '--', c.local.file)).toBe('');
    }
    // A second run has nothing left to do.
    const again = await fix(f.root, '--write', '--unsafe', '--fail-on', 'notice');
    expect(again.stdout).toContain('Nothing to fix.');
    expect(read(f, c.file)).toBe(fixed);
  });
});

describe('fix: a Fernet key', () => {
  it('writes a Fernet key into .env, and says to encrypt the stored data again before the old key goes', async () => {
    const f = committedRepo({ 'app/vault.py': `from cryptography.fernet import Fernet\n\nbox = Fernet(b'${KEY}')\n` });
    fixtures.push(f);
    const r = await fix(f.root, '--write', '--unsafe');
    expect(r.stdout).toContain('airflow rotate-fernet-key');
    expect(r.stdout).toContain('MultiFernet([new, old]).rotate(token)');
    const key = /^FERNET_KEY=(.*)$/m.exec(read(f, '.env'))![1]!.replace(/^['"]|['"]$/g, '');
    expect(Buffer.from(key, 'base64url')).toHaveLength(32);
  });
});

describe('fix: a JavaScript read where the value is used', () => {
  it('lets an ES module app load its .env after its imports, fails only where the value is needed, and declares its helper once', async () => {
    const f = committedRepo({
      'src/auth.mjs':
        `import { createHmac } from 'node:crypto';\n\n` +
        `export function sign(p) {\n  return createHmac('sha256', process.env.JWT_SECRET || '${KEY}').update(p).digest('hex');\n}\n` +
        `export const cookie = (p) => createHmac('sha256', process.env.COOKIE_SECRET ?? '${HEX}').update(p).digest('hex');\n`,
      // The entry fills the environment after its imports have run, as `dotenv.config()` there does.
      'src/main.mjs':
        `import { readFileSync } from 'node:fs';\nimport { sign, cookie } from './auth.mjs';\n\n` +
        `Object.assign(process.env, JSON.parse(readFileSync('vars.json', 'utf8')));\nconsole.log(sign('a').length, cookie('b').length);\n`,
      'vars.json': '{ "JWT_SECRET": "one", "COOKIE_SECRET": "two" }\n',
    });
    fixtures.push(f);
    const r = await fix(f.root, '--write', '--unsafe', '--fail-on', 'notice');
    expect(r.stderr).toBe('');
    const fixed = read(f, 'src/auth.mjs');
    expect(fixed.split('function requiredEnv(').length).toBe(2);
    expect(fixed).toContain("createHmac('sha256', requiredEnv('JWT_SECRET'))");
    expect(fixed).toContain("createHmac('sha256', requiredEnv('COOKIE_SECRET'))");
    const env = { ...process.env, JWT_SECRET: '', COOKIE_SECRET: '' };
    const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: f.root, encoding: 'utf8', env });
    const main = run(['src/main.mjs']);
    expect(main.stderr).toBe('');
    expect(main.stdout.trim()).toBe('64 64');
    // Imported without the variable, the module loads; the use fails, naming it.
    const use = run(['--input-type=module', '-e', "const m = await import('./src/auth.mjs'); try { m.sign('x'); } catch (e) { console.log(e.message); }"]);
    expect(use.stdout.trim()).toBe('JWT_SECRET is not set');
  });
});
