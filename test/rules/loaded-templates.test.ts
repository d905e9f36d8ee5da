import { describe, expect, it } from 'vitest';
import { dotenvTemplateSecret } from '../../src/rules/dotenv-template-secret';
import { secretKeyFallback } from '../../src/rules/secret-key-fallback';
import type { Finding } from '../../src/engine/types';
import { scanFiles } from '../helpers/rule-tester';

/** A random-looking OAuth app secret, built at run time so no source line holds one. */
const REAL = Array.from({ length: 32 }, (_, i) => '0123456789abcdef'[(i * 7 + 3) % 16]).join('');
const TEMPLATE = `SESSION_SECRET=Your Session Secret goes here\nGITHUB_SECRET=${REAL}\nSTRIPE_KEY=changeme\nJWT_SECRET=\nCOOKIE_SECRET=\${COOKIE_SECRET}\n`;

const scanWith = (files: Record<string, string>) => scanFiles(files, [dotenvTemplateSecret, secretKeyFallback]);
const brief = (found: Finding[]) => found.map((f) => [f.ruleId, f.path, f.line, f.severity]);

describe('a template the application loads when it starts is a file of defaults', () => {
  it.each([
    ['app.js', "try {\n  process.loadEnvFile('.env.example');\n} catch {}\n"],
    ['server.js', "require('dotenv').config({ path: '.env.example' });\n"],
    ['src/index.ts', "import dotenv from 'dotenv';\ndotenv.config({\n  path: path.resolve(__dirname, '../.env.example'),\n});\n"],
    ['config.py', "from dotenv import load_dotenv\nload_dotenv('.env.example')\n"],
    ['app/settings.py', "class Settings(BaseSettings):\n    model_config = SettingsConfigDict(env_file='.env.example')\n"],
    ['package.json', '{\n  "scripts": {\n    "start": "node --env-file=.env.example server.js"\n  }\n}\n'],
    ['bootstrap.php', "<?php\n$dotenv = Dotenv\\Dotenv::createImmutable(__DIR__, '.env.example');\n$dotenv->load();\n"],
    ['main.go', 'func main() {\n\tgodotenv.Load(".env.example")\n}\n'],
    // TypeScript-Node-Starter: the settings module in `src/util/`, when there is no `.env`.
    ['src/util/secrets.ts', 'if (fs.existsSync(".env")) {\n    dotenv.config({ path: ".env" });\n} else {\n    dotenv.config({ path: ".env.example" });\n}\n'],
  ])('loaded by %s: a weak signing secret and a real-looking secret are errors', async (file, code) => {
    const found = await scanWith({ '.env.example': TEMPLATE, [file]: code });
    expect(brief(found)).toEqual([
      ['secret-key-fallback', '.env.example', 1, 'error'],
      ['dotenv-template-secret', '.env.example', 2, 'error'],
    ]);
    expect(found[0]!.message).toMatch(new RegExp(`^\`SESSION_SECRET\` in \`\\.env\\.example\` is weak \\(.+\\), and the file is loaded for defaults: \`${file.replace('.', '\\.')}\` loads it at run time \\(line \\d+\\), so every deployment that does not set SESSION_SECRET signs with this public value`));
    expect(found[1]!.message).toContain('the file is no mere template');
    for (const f of found) expect(f.message).not.toContain(REAL);
  });

  it.each([
    ['Dockerfile', 'FROM python:3.12\nWORKDIR /app\nCOPY .env.example .env\nCOPY . .\n', '.env'],
    ['docker/Dockerfile.prod', 'FROM node:22\nCOPY --chown=node:node ./.env.example /app/.env\n', '/app/.env'],
    ['Containerfile', 'FROM ruby:3.3\nRUN cp .env.example .env && bundle install\n', '.env'],
    ['web.Dockerfile', 'FROM php:8.3\nRUN set -eux; \\\n    cp -n .env.example .env.production; \\\n    composer install\n', '.env.production'],
  ])('copied into the image by %s: its values are every deployment\'s', async (file, code, dest) => {
    const found = await scanWith({ '.env.example': TEMPLATE, [file]: code });
    expect(brief(found)).toEqual([
      ['secret-key-fallback', '.env.example', 1, 'error'],
      ['dotenv-template-secret', '.env.example', 2, 'error'],
    ]);
    expect(found[0]!.message).toContain(`the file is loaded for defaults: \`${file}\` copies it to \`${dest}\` in the image (line `);
  });

  // InvoiceShelf: the image's entrypoint copies the template to `.env` as each container starts, when there is none.
  it.each([
    ['docker/production/entrypoint.d/00-setup.sh', '#!/bin/sh\nif [ ! -e /var/www/html/.env ]; then\n    cp .env.example .env\nfi\n', '.env'],
    ['docker-entrypoint.sh', '#!/bin/sh\nset -e\n[ -f .env ] || cp .env.example .env\nexec "$@"\n', '.env'],
  ])('copied to a dotenv file by the entrypoint %s: its values are every deployment\'s', async (file, code, dest) => {
    const found = await scanWith({ '.env.example': TEMPLATE, [file]: code });
    expect(brief(found)).toEqual([
      ['secret-key-fallback', '.env.example', 1, 'error'],
      ['dotenv-template-secret', '.env.example', 2, 'error'],
    ]);
    expect(found[0]!.message).toContain(`the file is loaded for defaults: \`${file}\` copies it to \`${dest}\` as each container starts (line `);
  });

  it('leaves a template that an entrypoint only mentions, or a script that is none, a template', async () => {
    for (const [file, code] of [
      ['docker-entrypoint.sh', '#!/bin/sh\necho "copy .env.example to .env: cp .env.example .env"\n'],
      ['scripts/setup.sh', '#!/bin/sh\ncp .env.example .env\n'],
      ['docker/dev/entrypoint.sh', '#!/bin/sh\ncp .env.example .env\n'],
    ]) {
      const found = await scanWith({ '.env.example': TEMPLATE, [file!]: code! });
      expect(found.map((f) => f.severity), file).not.toContain('error');
    }
  });

  // nestjs-boilerplate: a test script starts a test stack with the template; the Dockerfile bakes it into the image.
  it('names the Dockerfile that ships the template, not a test script that loads it for a test stack', async () => {
    const scripts = '{\n  "scripts": {\n    "test:e2e:docker": "docker compose -f docker-compose.test.yaml --env-file env-example -p tests up -d --build",\n    "start:prod": "node dist/main"\n  }\n}\n';
    const found = await scanWith({ 'env-example': TEMPLATE, 'package.json': scripts, Dockerfile: 'FROM node:22\nCOPY . .\nRUN if [ ! -f .env ]; then cp env-example .env; fi\n' });
    expect(brief(found)).toEqual([
      ['secret-key-fallback', 'env-example', 1, 'error'],
      ['dotenv-template-secret', 'env-example', 2, 'error'],
    ]);
    expect(found[0]!.message).toContain('`Dockerfile` copies it to `.env` in the image (line 3)');
    // A CI build's script is no test's: what it builds is deployed.
    const ci = await scanWith({ 'env-example': TEMPLATE, 'package.json': '{\n  "scripts": {\n    "start:ci": "node --env-file=env-example server.js"\n  }\n}\n' });
    expect(ci.map((f) => f.severity)).toContain('error');
    // The test script alone loads it for a test stack only: a template still.
    const alone = await scanWith({ 'env-example': TEMPLATE, 'package.json': scripts });
    expect(alone.map((f) => f.severity)).not.toContain('error');
  });

  // novu's services: the Dockerfile above the template copies it from a folder of its build context.
  it.each([
    ['apps/api/Dockerfile', 'FROM node:20\nWORKDIR /usr/src/app/apps/api\nRUN cp src/.env.example dist/.env\n', 'dist/.env'],
    ['apps/api/Dockerfile', 'FROM node:20\nCOPY apps/api/src/.env.example /app/.env\n', '/app/.env'],
  ])('copied into the image by %s from a folder below it', async (file, code, dest) => {
    const found = await scanWith({ 'apps/api/src/.env.example': TEMPLATE, [file]: code });
    expect(brief(found)).toEqual([
      ['secret-key-fallback', 'apps/api/src/.env.example', 1, 'error'],
      ['dotenv-template-secret', 'apps/api/src/.env.example', 2, 'error'],
    ]);
    expect(found[0]!.message).toContain(`the file is loaded for defaults: \`${file}\` copies it to \`${dest}\` in the image (line `);
  });

  it('says a data key encrypts with the public value, where a signing key signs', async () => {
    const found = await scanWith({ '.env.example': 'STORE_ENCRYPTION_KEY=<ENCRYPTION_KEY_MUST_BE_32_LONG>\n', Dockerfile: 'FROM node:20\nCOPY .env.example .env\n' });
    expect(found[0]!.message).toContain('every deployment that does not set STORE_ENCRYPTION_KEY encrypts with this public value');
  });

  it("resolves a Dockerfile's copy from its own folder or the root, else from the one template's folder below it of that name", async () => {
    // Two templates below of the name copied: which one is unknown, and neither is taken.
    const found = await scanWith({
      Dockerfile: 'FROM node:20\nWORKDIR /app/server\nRUN cp .env.example .env\n',
      'server/.env.example': 'PORT=3000\nSECRET_KEY=\n',
      'apps/admin/.env.example': TEMPLATE,
    });
    expect(brief(found)).toEqual([['dotenv-template-secret', 'apps/admin/.env.example', 2, 'warning']]);
    // One: the folder the Dockerfile copied into its WORKDIR.
    const one = await scanWith({ Dockerfile: 'FROM node:20\nWORKDIR /app\nCOPY server/ ./\nRUN cp .env.example .env\n', 'server/.env.example': TEMPLATE });
    expect(brief(one)).toEqual([
      ['secret-key-fallback', 'server/.env.example', 1, 'error'],
      ['dotenv-template-secret', 'server/.env.example', 2, 'error'],
    ]);
  });

  it("leaves a template in a sibling's folder alone", async () => {
    const found = await scanWith({ 'apps/web/src/.env.example': TEMPLATE, 'apps/api/Dockerfile': 'FROM node:20\nRUN cp src/.env.example dist/.env\n' });
    expect(brief(found)).toEqual([['dotenv-template-secret', 'apps/web/src/.env.example', 2, 'warning']]);
  });

  it.each([
    // A Dockerfile that copies the template as a template, or copies something else to `.env`.
    ['Dockerfile', 'FROM node:22\nCOPY .env.example /app/.env.example\nCOPY .env.example .env.sample\n'],
    ['Dockerfile', 'FROM node:22\nCOPY config/prod.env .env\nRUN cp .env.example.local .env\n'],
    ['Dockerfile', 'FROM node:22\n# RUN cp .env.example .env\nCOPY ["package.json", "./"]\n'],
    // A setup script's copy is a step before the values are edited.
    ['scripts/setup.sh', 'cp .env.example .env\nphp artisan key:generate\n'],
    // Advice printed, labelled or written into a file's text is no copy.
    ['Dockerfile', 'FROM node:22\nLABEL description="Run cp .env.example .env before compose up"\nRUN echo "hint: cp .env.example .env" >> /etc/motd\nCOPY <<EOF /app/README.txt\nTo configure: cp .env.example .env\nEOF\n'],
    // Images built for development, tests or someone else's code do not deploy the application.
    ['.devcontainer/Dockerfile', 'FROM node:22\nRUN cp .env.example .env\n'],
    ['Dockerfile.dev', 'FROM node:22\nRUN cp .env.example .env\n'],
    ['tests/e2e/Dockerfile', 'FROM node:22\nRUN cp .env.example .env\n'],
    ['vendor/acme/pkg/Dockerfile', 'FROM node:22\nRUN cp .env.example .env\n'],
  ])('%s with %j: the template stays a template', async (file, code) => {
    const found = await scanWith({ '.env.example': TEMPLATE, [file]: code });
    expect(brief(found)).toEqual([['dotenv-template-secret', '.env.example', 2, 'warning']]);
  });

  it.each([
    // dotenv-safe and envalid read a template's names, not its values; copying it is no loading; nor is a mention.
    ['server.js', "require('dotenv-safe').config({ example: '.env.example' });\n"],
    ['server.js', "require('dotenv').config();\nfs.copyFileSync('.env.example', '.env');\n"],
    // A loader that is given no file, with the template named in a comment or a command beside it.
    ['app.js', 'dotenv.config(); // copy .env.example to .env first\n'],
    ['config.py', 'load_dotenv()  # see .env.example for the keys\n'],
    ['main.go', 'func main() {\n\tgodotenv.Load() // see .env.example\n}\n'],
    ['package.json', '{"scripts":{"setup":"cp .env.example .env","start":"node --env-file=.env server.js","dev":"cp -n .env.example .env; dotenv -e .env -- node server.js"}}\n'],
    ['app.js', "throw new Error('Run cp .env.example .env, then node --env-file=.env app.js');\n"],
    ['app.js', "process.loadEnvFile('.env');\n"],
    ['app.js', "process.loadEnvFile('.env.example.local');\n"],
    // Only files that start an application or read its settings are read for it.
    ['scripts/seed.js', "process.loadEnvFile('.env.example');\n"],
    ['test/app.js', "process.loadEnvFile('.env.example');\n"],
  ])('%s with %j: the template stays a template', async (file, code) => {
    const found = await scanWith({ '.env.example': TEMPLATE, [file]: code });
    expect(brief(found)).toEqual([['dotenv-template-secret', '.env.example', 2, 'warning']]);
  });

  it.each([
    ['a RUN step continued over several lines', 'FROM node:22\nRUN npm ci && \\\n    env NODE_ENV=production npm run build && \\\n    cp .env.example .env\n'],
    ["a RUN step's heredoc", 'FROM node:22\nRUN <<EOF\nnpm ci\ncp .env.example .env\nEOF\n'],
    ["a CMD's shell form", 'FROM node:22\nCMD cp .env.example .env && node server.js\n'],
  ])('reads %s', async (_, dockerfile) => {
    const found = await scanWith({ '.env.example': TEMPLATE, Dockerfile: dockerfile });
    expect(brief(found)[0]).toEqual(['secret-key-fallback', '.env.example', 1, 'error']);
  });

  it("resolves the loader's path: from its own folder, the template's or the root", async () => {
    const found = await scanWith({
      '.env.example': TEMPLATE,
      'backend/.env.example': TEMPLATE,
      'package.json': '{\n  "scripts": { "start:api": "node --env-file=backend/.env.example backend/server.js" }\n}\n',
    });
    expect(brief(found)).toEqual([
      ['dotenv-template-secret', '.env.example', 2, 'warning'],
      ['secret-key-fallback', 'backend/.env.example', 1, 'error'],
      ['dotenv-template-secret', 'backend/.env.example', 2, 'error'],
    ]);
    // `src/index.ts` loads the root's template, though `src/` has one of its own; dotenv's `path` need not come first.
    const nested = await scanWith({
      '.env.example': TEMPLATE,
      'src/.env.example': TEMPLATE,
      'src/index.ts': "require('dotenv').config({ override: true, path: path.resolve(__dirname, '../.env.example') });\n",
    });
    expect(brief(nested)).toEqual([
      ['secret-key-fallback', '.env.example', 1, 'error'],
      ['dotenv-template-secret', '.env.example', 2, 'error'],
      ['dotenv-template-secret', 'src/.env.example', 2, 'warning'],
    ]);
  });

  it('reads lines of many loader calls in linear time', async () => {
    // Lines of 300 unclosed calls each (under the longest line read), 200 such lines: 780 KB, under the size limit.
    const line = "read_env('a' ".repeat(300);
    const started = performance.now();
    await scanWith({ '.env.example': TEMPLATE, 'config.py': `${line}\n`.repeat(200) });
    // Generous: a quadratic reading takes minutes here.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("takes the first place the path names a template from: a package's own, not the root's", async () => {
    const found = await scanWith({
      '.env.example': TEMPLATE,
      'packages/api/.env.example': 'API_PORT=3000\n',
      'packages/api/src/index.js': "require('dotenv').config({ path: '.env.example' });\n",
    });
    expect(brief(found)).toEqual([['dotenv-template-secret', '.env.example', 2, 'warning']]);
  });

  it.each([
    ['src/index.js', "require('dotenv').config({ path: `${__dirname}/../.env.example` });\n"],
    ['settings.py', 'load_dotenv(f"{BASE_DIR}/.env.example")\n'],
  ])('%s: a folder written as an interpolation before the name', async (file, code) => {
    expect(brief(await scanWith({ '.env.example': TEMPLATE, [file]: code }))).toEqual([
      ['secret-key-fallback', '.env.example', 1, 'error'],
      ['dotenv-template-secret', '.env.example', 2, 'error'],
    ]);
  });

  it('reads the files where applications most often start first: a monorepo of many settings modules does not use up the reads', async () => {
    const files: Record<string, string> = {};
    // The loader's package in the middle, past the reads' limit in either order of the listing.
    for (let i = 0; i < 30; i++) {
      const p = `packages/p${String(i).padStart(2, '0')}`;
      files[`${p}/.env.example`] = TEMPLATE;
      for (const dir of ['src/lib', 'src/utils', 'src/config']) files[`${p}/${dir}/index.ts`] = 'export const x = 1;\n';
      files[`${p}/src/util/secrets.ts`] = 'export const y = 2;\n';
    }
    files['packages/p15/app.js'] = "process.loadEnvFile('.env.example');\n";
    const found = await scanWith(files);
    expect(brief(found).filter(([, path]) => path === 'packages/p15/.env.example')).toEqual([
      ['secret-key-fallback', 'packages/p15/.env.example', 1, 'error'],
      ['dotenv-template-secret', 'packages/p15/.env.example', 2, 'error'],
    ]);
  });

  it("reads a module named for loading settings before the many entry files around it", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) {
      const p = `packages/p${String(i).padStart(2, '0')}`;
      files[`${p}/.env.example`] = TEMPLATE;
      files[`${p}/src/index.ts`] = 'export const x = 1;\n';
    }
    files['packages/p30/src/util/secrets.ts'] = 'dotenv.config({ path: ".env.example" });\n';
    const found = await scanWith(files);
    expect(brief(found).filter(([, path]) => path === 'packages/p30/.env.example')).toEqual([
      ['secret-key-fallback', 'packages/p30/.env.example', 1, 'error'],
      ['dotenv-template-secret', 'packages/p30/.env.example', 2, 'error'],
    ]);
  });

  it("takes a template's loader from beside it, not from another project's folder", async () => {
    const found = await scanWith({ 'api/.env.example': TEMPLATE, 'api/app.js': "process.loadEnvFile('.env.example');\n", 'web/.env.example': TEMPLATE });
    expect(brief(found)).toEqual([
      ['secret-key-fallback', 'api/.env.example', 1, 'error'],
      ['dotenv-template-secret', 'api/.env.example', 2, 'error'],
      ['dotenv-template-secret', 'web/.env.example', 2, 'warning'],
    ]);
  });

  it('judges the weak signing secrets of a file of defaults by its name, and an example app by where it sits', async () => {
    expect(brief(await scanWith({ '.env.defaults': TEMPLATE }))).toEqual([
      ['secret-key-fallback', '.env.defaults', 1, 'error'],
      ['dotenv-template-secret', '.env.defaults', 2, 'error'],
    ]);
    const example = await scanWith({ 'examples/shop/.env.example': TEMPLATE, 'examples/shop/app.js': "process.loadEnvFile('.env.example');\n" });
    expect(brief(example)).toEqual([
      ['secret-key-fallback', 'examples/shop/.env.example', 1, 'notice'],
      ['dotenv-template-secret', 'examples/shop/.env.example', 2, 'notice'],
    ]);
  });
});
