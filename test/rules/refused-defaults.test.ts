import { afterAll, describe, expect, it } from 'vitest';
import { Fixture } from '../helpers/fixture';
import { scan } from '../../src/engine/scan';
import { reviseRefused } from '../../src/rules/lib/refused-defaults';
import { ruleSettings } from '../../src/engine/pipeline';
import type { PathFinding, TreeContext } from '../../src/rules/types';

const fixtures: Fixture[] = [];
afterAll(() => fixtures.forEach((f) => f.cleanup()));

async function findings(files: Record<string, string>, rule = 'hardcoded-secret-key') {
  const f = new Fixture();
  fixtures.push(f);
  for (const [rel, text] of Object.entries(files)) f.write(rel, text);
  const r = await scan({ root: f.root, noGit: true });
  return r.findings.filter((x) => x.ruleId === rule).map((x) => ({ path: x.path, severity: x.severity, context: x.context, message: x.message }));
}

const GO_GUARD =
  'package conf\n\nfunc Init() error {\n\tif Security.SecretKey == "" || Security.SecretKey == "CHANGE-ME-OR-FAIL-TO-START" {\n\t\treturn errors.New("[security] SECRET_KEY must be set")\n\t}\n\treturn nil\n}\n';
const PY_GUARD =
  'def init_app(app):\n    # check secret_key in production\n    if not app.debug and get_setting("server.secret_key") == \'ultrasecretkey\':\n        logger.error("server.secret_key is not changed.")\n        sys.exit(1)\n';

describe('placeholders the application refuses to run with', () => {
  it('a shipped default that the code compares with and refuses is an example, and the message names the guard', async () => {
    const gogs = await findings({ 'conf/app.ini': '[security]\nSECRET_KEY = CHANGE-ME-OR-FAIL-TO-START\n', 'internal/conf/conf.go': GO_GUARD });
    expect(gogs).toEqual([
      {
        path: 'conf/app.ini',
        severity: 'notice',
        context: 'example',
        message: expect.stringContaining('(notice: a placeholder the application refuses to run with (`internal/conf/conf.go:4`))'),
      },
    ]);
    const searx = await findings({ 'searx/settings.yml': 'server:\n  secret_key: "ultrasecretkey"\n', 'searx/webapp.py': PY_GUARD });
    expect(searx.map((x) => [x.path, x.severity, x.context])).toEqual([['searx/settings.yml', 'notice', 'example']]);
    // Compared the other way round, and refused by a thrown exception.
    const js = await findings({
      'config/default.yml': 'jwtSecret: "replace-this-jwt-secret"\n',
      'src/boot.ts': "if ('replace-this-jwt-secret' === config.jwtSecret) {\n  throw new Error('set jwtSecret');\n}\n",
    });
    expect(js.map((x) => [x.severity, x.context])).toEqual([['notice', 'example']]);
  });

  it('a placeholder held by a constant and compared through it, then replaced by a random key, is an example too', async () => {
    // LinkAce's middleware: the `.env` template's `APP_KEY` placeholder is swapped for a random key before any request.
    const compose = { 'docker-compose.yml': "services:\n  app:\n    image: acme/app:latest\n    environment:\n      APP_KEY: 'someRandomStringWith32Characters'\n" };
    const middleware =
      "<?php\nclass SetupCheckMiddleware\n{\n    public const GENERIC_APP_KEY = 'someRandomStringWith32Characters';\n\n    public function handle($request, $next)\n    {\n" +
      "        if (config('app.key') === self::GENERIC_APP_KEY) {\n            $env = File::get(base_path('.env'));\n" +
      "            $env = preg_replace('/APP_KEY=(.*)/', 'APP_KEY=' . $this->generateRandomAppKey(), $env);\n            File::put(base_path('.env'), $env);\n        }\n        return $next($request);\n    }\n}\n";
    const got = await findings({ ...compose, 'app/Http/Middleware/SetupCheckMiddleware.php': middleware });
    expect(got).toEqual([{ path: 'docker-compose.yml', severity: 'notice', context: 'example', message: expect.stringContaining('(`app/Http/Middleware/SetupCheckMiddleware.php:8`)') }]);
    // A constant compared with but neither refused nor replaced, or one that names another setting, guards nothing.
    const logged = middleware.replace("$this->generateRandomAppKey()", "'x'");
    expect((await findings({ ...compose, 'app/Http/Middleware/SetupCheckMiddleware.php': logged })).map((x) => x.severity)).toEqual(['error']);
    const other = middleware.replace("config('app.key')", "config('app.name')");
    expect((await findings({ ...compose, 'app/Http/Middleware/SetupCheckMiddleware.php': other })).map((x) => x.severity)).toEqual(['error']);
    // A random key only printed replaces nothing; a PHP `define` is followed as a `const` is.
    const printed = "if (process.env.APP_KEY === PLACEHOLDER_KEY) {\n  console.warn('set APP_KEY, e.g. ' + crypto.randomBytes(32).toString('hex'));\n}\n";
    expect((await findings({ ...compose, 'src/config.js': `const PLACEHOLDER_KEY = 'someRandomStringWith32Characters';\n${printed}` })).map((x) => x.severity)).toEqual(['error']);
    const defined = middleware.replace("public const GENERIC_APP_KEY = 'someRandomStringWith32Characters';", '').replace('<?php\n', "<?php\ndefine('GENERIC_APP_KEY', 'someRandomStringWith32Characters');\n").replace('self::GENERIC_APP_KEY', 'GENERIC_APP_KEY');
    expect((await findings({ ...compose, 'app/Http/Middleware/SetupCheckMiddleware.php': defined })).map((x) => x.severity)).toEqual(['notice']);
  });

  it("reads a validator's list of refused values: class-validator's decorators, Joi's and yup's schemas", async () => {
    // docmost: the self-hosting compose file's placeholder, which its environment validation refuses at boot.
    const compose = { 'docker-compose.yml': "services:\n  app:\n    image: acme/app:latest\n    environment:\n      APP_SECRET: 'REPLACE_WITH_LONG_SECRET'\n" };
    const decorated = await findings({
      ...compose,
      'apps/server/src/environment.validation.ts': "export class EnvironmentVariables {\n  @IsNotEmpty()\n  @MinLength(32)\n  @IsNotIn(['REPLACE_WITH_LONG_SECRET'])\n  APP_SECRET: string;\n}\n",
    });
    expect(decorated).toEqual([
      { path: 'docker-compose.yml', severity: 'notice', context: 'example', message: expect.stringContaining('(`apps/server/src/environment.validation.ts:4`)') },
    ]);
    for (const schema of ["export const schema = Joi.object({\n  APP_SECRET: Joi.string().min(32).invalid('REPLACE_WITH_LONG_SECRET').required(),\n});\n", "const env = object({\n  APP_SECRET: string().notOneOf(['changeme', 'REPLACE_WITH_LONG_SECRET']),\n});\n"]) {
      const got = await findings({ ...compose, 'src/config/env.ts': schema });
      expect(got.map((x) => [x.severity, x.context]), schema).toEqual([['notice', 'example']]);
    }
    // The list of another property, or one in tests, guards nothing here.
    for (const [path, code] of [
      ['src/env.validation.ts', "export class Env {\n  @IsNotIn(['REPLACE_WITH_LONG_SECRET'])\n  MAIL_PASSWORD: string;\n\n  APP_SECRET: string;\n}\n"],
      ['src/config/env.ts', "export const schema = Joi.object({\n  SMTP_PASS: Joi.string().invalid('REPLACE_WITH_LONG_SECRET'),\n});\n"],
      ['test/env.validation.ts', "export class Env {\n  @IsNotIn(['REPLACE_WITH_LONG_SECRET'])\n  APP_SECRET: string;\n}\n"],
    ] as const) {
      const got = await findings({ ...compose, [path]: code });
      expect(got.map((x) => [x.severity, x.context]), path).toEqual([['error', 'production']]);
    }
  });

  it('reads a setting used only when it differs from the placeholder, with a random key made otherwise', async () => {
    // nocobase: its compose files' APP_KEY placeholder is never a JWT secret.
    const compose = { 'docker/app/docker-compose.yml': 'services:\n  app:\n    image: acme/app:latest\n    environment:\n      - APP_KEY=your-secret-key # Replace it with your own app key\n' };
    const guard = "private getDefaultJWTSecret() {\n  const envKey = process.env.APP_KEY;\n  if (envKey && envKey !== 'your-secret-key' && envKey !== 'test-key') {\n    return envKey;\n  }\n  const key = crypto.randomBytes(32);\n  fs.writeFileSync(path, key);\n  return key;\n}\n";
    const found = await findings({ ...compose, 'packages/core/auth/src/auth-manager.ts': guard });
    expect(found.map((x) => [x.severity, x.context])).toEqual([['notice', 'example']]);
    expect(found[0]!.message).toContain('`packages/core/auth/src/auth-manager.ts:3`');
    // A difference that makes no key of its own lets the placeholder through elsewhere; another setting's test is none.
    for (const code of [
      "if (envKey !== 'your-secret-key') {\n  console.log('custom key');\n}\nreturn envKey;\n",
      "const apiKey = process.env.API_KEY;\nif (apiKey !== 'your-secret-key') {\n  return apiKey;\n}\nreturn crypto.randomBytes(32);\n",
    ]) {
      const got = await findings({ ...compose, 'src/keys.ts': code });
      expect(got.map((x) => [x.severity, x.context]), code).toEqual([['error', 'production']]);
    }
  });

  it("reads a Helm chart's templates, which fail to render on the chart's own placeholder", async () => {
    const values = 'secretRefs:\n  existingSecret: ""\n  env:\n    N8N_ENCRYPTION_KEY: "change-me-to-a-long-random-key"\n';
    const guard = (cond: string, then: string) => `{{/* Encryption key */}}\n{{- if ${cond} -}}\n${then}\n{{- end -}}\n`;
    const refused = await findings({
      'charts/n8n/values.yaml': values,
      'charts/n8n/templates/_helpers.tpl': guard('and (not .Values.secretRefs.existingSecret) (eq .Values.secretRefs.env.N8N_ENCRYPTION_KEY "change-me-to-a-long-random-key")', '{{- fail "N8N_ENCRYPTION_KEY must be changed" -}}'),
    });
    expect(refused.map((x) => [x.severity, x.context])).toEqual([['notice', 'example']]);
    expect(refused[0]!.message).toContain('`charts/n8n/templates/_helpers.tpl:2`');
    // A template that only warns, or compares another value's, refuses nothing.
    for (const [cond, then] of [
      ['eq .Values.secretRefs.env.N8N_ENCRYPTION_KEY "change-me-to-a-long-random-key"', '# set your own key'],
      ['eq .Values.other.N8N_HOST "change-me-to-a-long-random-key"', '{{- fail "set it" -}}'],
    ]) {
      const kept = await findings({ 'charts/n8n/values.yaml': values, 'charts/n8n/templates/_helpers.tpl': guard(cond!, then!) });
      expect(kept.map((x) => x.severity), cond).toEqual(['error']);
    }
  });

  it('reads every value of a tuple compared with', async () => {
    const found = await findings({
      'app/settings.py': 'SECRET_KEY = "your-secret-key-here"\n',
      'app/checks.py': 'if SECRET_KEY in ("", "changeme", "your-secret-key-here"):\n    raise ImproperlyConfigured("SECRET_KEY")\n',
    });
    expect(found.map((x) => [x.severity, x.context])).toEqual([['notice', 'example']]);
  });

  it('a fallback default that the code refuses is an example too', async () => {
    const found = await findings(
      {
        'app/settings.py':
          "SECRET_KEY = os.getenv('SECRET_KEY', 'please-set-a-secret-key')\nif SECRET_KEY in ('please-set-a-secret-key', ''):\n    raise ImproperlyConfigured('SECRET_KEY')\n",
      },
      'secret-key-fallback',
    );
    expect(found.map((x) => [x.severity, x.context])).toEqual([['notice', 'example']]);
  });

  it('finds the refusal a few lines below, past a help branch (awx: a marker its settings set when they cannot be read)', async () => {
    const found = await findings({
      'awx/settings/production.py': "try:\n    include(settings_file)\nexcept ImportError:\n    SECRET_KEY = 'permission-denied'\n",
      'awx/__init__.py':
        "def manage():\n    if not os.getenv('SKIP_CHECK') and settings.SECRET_KEY == 'permission-denied':\n        if len(sys.argv) == 1:\n            execute_from_command_line(sys.argv)\n            sys.stdout.write('\\n')\n        prog = os.path.basename(sys.argv[0])\n        sys.stdout.write('Permission denied: %s must be run as root.\\n' % prog)\n        sys.exit(1)\n",
    });
    expect(found.map((x) => [x.path, x.severity, x.context])).toEqual([['awx/settings/production.py', 'notice', 'example']]);
  });

  it('keeps the finding where the comparison refuses nothing, lives in tests only, or the value looks random', async () => {
    // healthchecks: a banner, and the application runs on.
    const banner = await findings({
      'hc/settings.py': 'SECRET_KEY = "not-a-real-secret-key"\n',
      'hc/front/templatetags.py': 'def warnings():\n    if settings.SECRET_KEY == "not-a-real-secret-key":\n        return ["Running with an insecure SECRET_KEY value"]\n',
    });
    expect(banner.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
    const tested = await findings({ 'conf/app.ini': '[security]\nSECRET_KEY = CHANGE-ME-OR-FAIL-TO-START\n', 'tests/conf_test.go': GO_GUARD });
    expect(tested.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
    const random = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa';
    const generated = await findings({
      'conf/app.ini': `[security]\nSECRET_KEY = ${random}\n`,
      'internal/conf/conf.go': GO_GUARD.replace('CHANGE-ME-OR-FAIL-TO-START', random),
    });
    expect(generated.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
    // Not a guard of this setting: another setting compared with the same text, a comment, a `!=` that lets the
    // value through, a refusal word in a string or a comment, an unrelated refusal below, vendored code.
    const settings = { 'app/settings.py': 'SECRET_KEY = "your-secret-key-here"\n' };
    for (const [path, code] of [
      ['app/payments.py', 'if api_key == "your-secret-key-here":\n    raise ValueError("set API_KEY")\n'],
      ['app/checks.py', '# if SECRET_KEY == "your-secret-key-here": raise\nlogger.warning("default key")\n'],
      ['app/checks2.py', 'if SECRET_KEY != "your-secret-key-here" and len(SECRET_KEY) < 32:\n    raise ValueError("short key")\n'],
      ['app/banner.py', 'if SECRET_KEY == "your-secret-key-here":\n    banner("then exit and restart")  # raise later\n'],
      ['app/checks3.py', 'if SECRET_KEY == "your-secret-key-here":\n    log.warning("default key")\nif not DATABASE_URL:\n    raise ImproperlyConfigured("DATABASE_URL is required")\n'],
      ['vendor/acme/conf.py', 'if SECRET_KEY == "your-secret-key-here":\n    raise ValueError("x")\n'],
    ] as const) {
      const got = await findings({ ...settings, [path]: code });
      expect(got.map((x) => [x.severity, x.context]), path).toEqual([['error', 'production']]);
    }
    // Another value compared with is no guard of this one.
    const other = await findings({ 'conf/app.ini': '[security]\nSECRET_KEY = CHANGE-ME-PLEASE-NOW\n', 'internal/conf/conf.go': GO_GUARD });
    expect(other.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
  });

  it('looks for no guard in a scan of changes, which sees only the files changed', async () => {
    const f: PathFinding = { path: 'conf/app.ini', status: 'tracked', line: 2, message: 'm', secret: 'CHANGE-ME-OR-FAIL-TO-START', key: 'SECRET_KEY' };
    const files: Record<string, string> = { 'internal/conf/conf.go': GO_GUARD };
    const tree = (changedOnly: boolean): TreeContext => ({
      mode: 'git',
      settings: ruleSettings({}),
      entries: [{ path: 'conf/app.ini', status: 'tracked', kind: 'file' }, { path: 'internal/conf/conf.go', status: 'tracked', kind: 'file' }],
      readText: async (p) => files[p] ?? null,
      ...(changedOnly ? { changedOnly: true as const } : {}),
    });
    const changed = { ...f };
    await reviseRefused([changed], tree(true));
    expect(changed.context).toBeUndefined();
    const whole = { ...f };
    await reviseRefused([whole], tree(false));
    expect(whole.context).toBe('example');
  });
});
