import { afterAll, describe, expect, it } from 'vitest';
import { Fixture } from '../helpers/fixture';
import { scan } from '../../src/engine/scan';
import { overridingFile, reviseOverridden } from '../../src/rules/lib/settings-overrides';
import { DJANGO_LOCAL_WHY } from '../../src/rules/lib/sections';
import { ruleSettings } from '../../src/engine/pipeline';

const KEY = 'q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3wY6hAb12';
const fixtures: Fixture[] = [];
afterAll(() => fixtures.forEach((f) => f.cleanup()));

async function secretKeyFindings(files: Record<string, string>) {
  const f = new Fixture();
  fixtures.push(f);
  for (const [rel, text] of Object.entries(files)) f.write(rel, text);
  const r = await scan({ root: f.root, noGit: true });
  return r.findings.filter((x) => x.ruleId === 'hardcoded-secret-key').map((x) => ({ path: x.path, severity: x.severity, context: x.context, message: x.message }));
}

async function fallbackFindings(files: Record<string, string>) {
  const f = new Fixture();
  fixtures.push(f);
  for (const [rel, text] of Object.entries(files)) f.write(rel, text);
  const r = await scan({ root: f.root, noGit: true });
  return r.findings.filter((x) => x.ruleId === 'secret-key-fallback').map((x) => ({ path: x.path, line: x.line, severity: x.severity, context: x.context, message: x.message }));
}

const reader = (files: Record<string, string>) => async (p: string) => files[p] ?? null;

const DJANGO_BASE = `SECRET_KEY = "${KEY}"\n`;
const PHOENIX_BASE = `import Config\nconfig :app, AppWeb.Endpoint,\n  url: [host: "localhost"],\n  secret_key_base: "${KEY}"\n`;

describe("Django settings that serve only this machine, and the modules beside them", () => {
  const LOCAL = `SECRET_KEY = "${KEY}"\nDEBUG = True\nALLOWED_HOSTS = []\n`;

  it('is development\'s alone, and production\'s once a module beside it builds on it', async () => {
    expect(await secretKeyFindings({ 'mysite/settings.py': LOCAL, 'mysite/urls.py': 'urlpatterns = []\n' })).toMatchObject([{ severity: 'warning', context: 'development' }]);
    const built = await secretKeyFindings({
      'mysite/settings.py': LOCAL,
      'mysite/settings_production.py': 'from .settings import *\n\nDEBUG = False\nSECRET_KEY = os.getenv("DJANGO_SECRET_KEY", SECRET_KEY)\nALLOWED_HOSTS = ["myapp.herokuapp.com"]\n',
    });
    expect(built).toMatchObject([{ path: 'mysite/settings.py', severity: 'error', context: 'production' }]);
    expect(await secretKeyFindings({ 'mysite/settings.py': LOCAL, 'mysite/render.py': 'from mysite.settings import *\nDEBUG = False\n' })).toMatchObject([{ severity: 'error' }]);
    // Settings for the tests or development built on it are no deployment.
    expect(await secretKeyFindings({ 'mysite/settings.py': LOCAL, 'mysite/test_settings.py': 'from .settings import *\nDATABASES = {}\n' })).toMatchObject([{ severity: 'warning' }]);
  });

  it('in a scan of a change, reads the usual production modules beside it', async () => {
    const finding = () => ({ path: 'mysite/settings.py', status: 'tracked' as const, message: 'm', context: 'development' as const, contextWhy: DJANGO_LOCAL_WHY });
    const tree = (files: Record<string, string>) => ({ mode: 'git' as const, settings: ruleSettings({}), entries: [{ path: 'mysite/settings.py', status: 'tracked' as const, kind: 'file' as const }], changedOnly: true as const, readText: reader(files) });
    const built = finding();
    await reviseOverridden([built], tree({ 'mysite/settings_production.py': 'from .settings import *\nDEBUG = False\n' }));
    expect(built.context).toBeUndefined();
    const alone = finding();
    await reviseOverridden([alone], tree({ 'mysite/urls.py': 'urlpatterns = []\n' }));
    expect(alone.context).toBe('development');
  });
});

describe('settings the production settings replace', () => {
  it('Django split settings: a base key that prod.py always sets again is a development value', async () => {
    const found = await secretKeyFindings({
      'bookmarks/settings/base.py': DJANGO_BASE,
      'bookmarks/settings/prod.py':
        'from .base import *\n\nif os.path.isfile(key_file):\n    with open(key_file) as f:\n        SECRET_KEY = f.read().strip()\nelse:\n    SECRET_KEY = get_random_secret_key()\n',
    });
    expect(found).toEqual([
      {
        path: 'bookmarks/settings/base.py',
        severity: 'warning',
        context: 'development',
        message: expect.stringContaining('(warning: `bookmarks/settings/prod.py` sets it again for production)'),
      },
    ]);
    const top = await secretKeyFindings({ 'app/settings/common.py': DJANGO_BASE, 'app/settings/production.py': 'from app.settings.common import *\nSECRET_KEY = os.environ["SECRET_KEY"]\n' });
    expect(top.map((x) => [x.severity, x.context])).toEqual([['warning', 'development']]);
    // A production module of another name is known by what it does: builds on the base and turns DEBUG off at its top
    // level (pythondotorg's `cabotage.py`); one that leaves DEBUG alone, or is named for development, is not it.
    const cabotage = 'from pydotorg.settings.base import *\n\nDEBUG = TEMPLATE_DEBUG = False\nSECRET_KEY = config("SECRET_KEY")\n';
    const other = await secretKeyFindings({ 'pydotorg/settings/base.py': DJANGO_BASE, 'pydotorg/settings/cabotage.py': cabotage });
    expect(other).toMatchObject([{ severity: 'warning', context: 'development', message: expect.stringContaining('`pydotorg/settings/cabotage.py` sets it again for production') }]);
    const debugOn = await secretKeyFindings({ 'pydotorg/settings/base.py': DJANGO_BASE, 'pydotorg/settings/staging.py': cabotage.replace('False', 'True') });
    expect(debugOn).toMatchObject([{ severity: 'error' }]);
    const local = await secretKeyFindings({ 'pydotorg/settings/base.py': DJANGO_BASE, 'pydotorg/settings/local_docker.py': cabotage });
    expect(local).toMatchObject([{ severity: 'error' }]);
    // `DEBUG_TOOLBAR = False` beside `DEBUG = True` turns nothing off; a `production.py` on the base value decides.
    const toolbar = await secretKeyFindings({ 'proj/settings/base.py': DJANGO_BASE, 'proj/settings/docker.py': 'from .base import *\nDEBUG = True\nDEBUG_TOOLBAR = False\nSECRET_KEY = os.environ["SECRET_KEY"]\n' });
    expect(toolbar).toMatchObject([{ severity: 'error' }]);
    const staged = await secretKeyFindings({ 'proj/settings/base.py': DJANGO_BASE, 'proj/settings/production.py': 'from .base import *\nDEBUG = False\n', 'proj/settings/staging.py': cabotage.replace('pydotorg.settings.base', '.base') });
    expect(staged).toMatchObject([{ severity: 'error' }]);
    // The folder is the project's to name: HackSoftware's Django styleguide keeps them in `config/django/`.
    const named = await secretKeyFindings({ 'config/django/base.py': DJANGO_BASE, 'config/django/production.py': 'from .base import *  # noqa\n\nSECRET_KEY = env("SECRET_KEY")\n' });
    expect(named.map((x) => [x.path, x.severity, x.context])).toEqual([['config/django/base.py', 'warning', 'development']]);
    // A `base.py` whose sibling does not import it, or sets nothing, stays as it is.
    const unrelated = await secretKeyFindings({ 'config/django/base.py': DJANGO_BASE, 'config/django/production.py': 'DEBUG = False\nSECRET_KEY = env("SECRET_KEY")\n' });
    expect(unrelated.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
  });

  it('Phoenix: a config.exs key that runtime.exs sets for the same endpoint is a development value', async () => {
    const found = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs': 'import Config\nif config_env() == :prod do\n  config :app, AppWeb.Endpoint,\n    http: [port: 4000],\n    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nend\n',
    });
    expect(found.map((x) => [x.path, x.severity, x.context])).toEqual([['config/config.exs', 'warning', 'development']]);
    // `mix format` puts a long call's module on the next line.
    const formatted = await secretKeyFindings({
      'config/config.exs': `config :app,\n  AppWeb.Endpoint,\n  secret_key_base: "${KEY}"\n`,
      'config/runtime.exs': 'if config_env() == :prod do\n  config :app,\n         AppWeb.Endpoint,\n         secret_key_base: env_var_to_config!(:secret_key_base)\nend\n',
    });
    expect(formatted.map((x) => [x.severity, x.context])).toEqual([['warning', 'development']]);
    // Elixir's strict equality says the same (papercups' `if config_env() === :prod do`).
    const strict = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs': 'import Config\nif config_env() === :prod do\n  config :app, AppWeb.Endpoint,\n    secret_key_base: System.get_env("SECRET_KEY_BASE") || raise "SECRET_KEY_BASE is missing"\nend\n',
    });
    expect(strict.map((x) => [x.severity, x.context])).toEqual([['warning', 'development']]);
    // Elixir 1.9 and 1.10 evaluate `releases.exs` at a release's boot (elixirschool's school_house).
    const releases = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/releases.exs': 'import Config\nsecret_key_base =\n  System.get_env("SECRET_KEY_BASE") ||\n    raise "SECRET_KEY_BASE is missing"\n\nconfig :app, AppWeb.Endpoint,\n  secret_key_base: secret_key_base\n',
    });
    expect(releases).toEqual([{ path: 'config/config.exs', severity: 'warning', context: 'development', message: expect.stringContaining('(warning: `config/releases.exs` sets it again for production)') }]);
    // `config(…)` written with its parentheses, in a `try` whose `rescue` stops the boot (keila's runtime.exs).
    const parenthesised = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs': 'import Config\nif config_env() == :prod do\n  try do\n    secret_key_base = System.fetch_env!("SECRET_KEY_BASE")\n\n    config(:app, AppWeb.Endpoint,\n      secret_key_base: secret_key_base\n    )\n  rescue\n    e -> exit_from_exception(e)\n  end\nend\n',
    });
    expect(parenthesised.map((x) => [x.severity, x.context])).toEqual([['warning', 'development']]);
    // Another module's `config(…)` sets nothing of the endpoint's.
    const other = await secretKeyFindings({ 'config/config.exs': PHOENIX_BASE, 'config/runtime.exs': 'import Config\nconfig(:app, App.Mailer,\n  secret_key_base: System.fetch_env!("X")\n)\n' });
    expect(other.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
    // Phoenix 1.5 and before: `prod.exs` imports `prod.secret.exs`, which sets it (bors-ng's `{:system, …}` too).
    const secret = 'use Mix.Config\nsecret_key_base =\n  System.get_env("SECRET_KEY_BASE") ||\n    raise "environment variable SECRET_KEY_BASE is missing."\n\nconfig :app, AppWeb.Endpoint,\n  http: [port: 4000],\n  secret_key_base: secret_key_base\n';
    const imported = await secretKeyFindings({ 'config/config.exs': PHOENIX_BASE, 'config/prod.exs': 'use Mix.Config\nconfig :logger, level: :info\nimport_config "prod.secret.exs"\n', 'config/prod.secret.exs': secret });
    expect(imported).toEqual([{ path: 'config/config.exs', severity: 'warning', context: 'development', message: expect.stringContaining('(warning: `config/prod.secret.exs` sets it again for production)') }]);
    const system = await secretKeyFindings({ 'config/config.exs': PHOENIX_BASE, 'config/prod.exs': 'import_config "prod.secret.exs"\n', 'config/prod.secret.exs': 'config :app, AppWeb.Endpoint,\n  secret_key_base: {:system, "SECRET_KEY_BASE"},\n' });
    expect(system.map((x) => [x.severity, x.context])).toEqual([['warning', 'development']]);
    // Not imported (or only in a comment): production never reads it.
    for (const prod of ['config :logger, level: :info\n', '# import_config "prod.secret.exs"\n']) {
      const unread = await secretKeyFindings({ 'config/config.exs': PHOENIX_BASE, 'config/prod.exs': prod, 'config/prod.secret.exs': secret });
      expect(unread.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
    }
  });

  it('Phoenix: a key runtime.exs sets outside every branch is never used, in any environment', async () => {
    // teslamate: runtime.exs runs at every boot, development and tests included.
    const everywhere = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs': 'import Config\nconfig :app, AppWeb.Endpoint,\n  http: [port: 4000],\n  secret_key_base: System.get_env("SECRET_KEY_BASE", Util.random_string(64))\n',
    });
    expect(everywhere).toEqual([
      { path: 'config/config.exs', severity: 'notice', context: 'example', message: expect.stringContaining('(notice: `config/runtime.exs` sets it again at every boot, in every environment, so this value is never used)') },
    ]);
    // A one-line branch above it, and a keyword that is no branch (`with:`), leave it outside every branch.
    const oneLine = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs': 'if System.get_env("X"),\n  do: config(:logger, level: :debug)\n\nconfig :app, AppWeb.Endpoint,\n  with: "x",\n  secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\n',
    });
    expect(oneLine.map((x) => [x.severity, x.context])).toEqual([['notice', 'example']]);
    // A comment with quotes on the branch's line, a value that reads the configuration back: development runs on it.
    const commented = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs': 'if config_env() == :prod do # prod\'s "real" settings\n  maybe_ipv6 = if System.get_env("ECTO_IPV6") in ~w(true 1), do: [:inet6], else: []\n  config :app, AppWeb.Endpoint,\n    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nend\n',
    });
    expect(commented.map((x) => [x.severity, x.context])).toEqual([['warning', 'development']]);
    const readBack = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs': 'config :app, AppWeb.Endpoint,\n  secret_key_base: System.get_env("SECRET_KEY_BASE") || Application.get_env(:app, AppWeb.Endpoint)[:secret_key_base]\n',
    });
    expect(readBack.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
    // A variable's value with no default, in a list a filter drops nil entries from (logflare's): unset, the base
    // value stays, in production too. Without the filter, or with a default, it is set again.
    const nilFiltered = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs':
        'import Config\nfilter_nil_kv_pairs = fn pairs when is_list(pairs) -> Enum.filter(pairs, fn {_k, v} -> v !== nil end) end\n\nconfig :app, AppWeb.Endpoint,\n       filter_nil_kv_pairs.(\n         http: [port: System.get_env("PORT")],\n         secret_key_base: System.get_env("PHX_SECRET_KEY_BASE")\n       )\n',
    });
    expect(nilFiltered.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
    const rejected = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs': 'config :app, AppWeb.Endpoint,\n  Keyword.reject(\n    [secret_key_base: System.get_env("SECRET_KEY_BASE")],\n    fn {_, v} -> is_nil(v) end\n  )\n',
    });
    expect(rejected.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
    const withDefault = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs': 'config :app, AppWeb.Endpoint,\n  filter_nil_kv_pairs.(\n    secret_key_base: System.get_env("SECRET_KEY_BASE") || raise "missing"\n  )\n',
    });
    expect(withDefault.map((x) => [x.severity, x.context])).toEqual([['notice', 'example']]);
    // On one line too; not a filter closed before the keyword, which nil then replaces.
    const oneLineFilter = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs': 'config :app, AppWeb.Endpoint, filter_nil_kv_pairs.(secret_key_base: System.get_env("SECRET_KEY_BASE"))\n',
    });
    expect(oneLineFilter.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
    const closedBefore = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs': 'config :app, AppWeb.Endpoint,\n  check_origin: Enum.filter(origins, &(&1 != nil)),\n  secret_key_base: System.get_env("SECRET_KEY_BASE")\n',
    });
    expect(closedBefore.map((x) => [x.severity, x.context])).toEqual([['notice', 'example']]);
    // Inside an outer filter, past inner ones closed before it (logflare's endpoint, its `url:` filtered too).
    const nested = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs': 'config :app,\n       AppWeb.Endpoint,\n       filter_nil_kv_pairs.(\n         url:\n           filter_nil_kv_pairs.(\n             host: System.get_env("PHX_URL_HOST")\n           ),\n         secret_key_base: System.get_env("PHX_SECRET_KEY_BASE"),\n         check_origin: false\n       )\n',
    });
    expect(nested.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
    // Inside `if config_env() == :prod`, development still runs on it.
    const prodOnly = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs': 'import Config\nif config_env() == :prod do\n  config :app, AppWeb.Endpoint,\n    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nend\n',
    });
    expect(prodOnly.map((x) => [x.severity, x.context])).toEqual([['warning', 'development']]);
  });

  it("Phoenix: any keyword of a module's config that runtime.exs sets again at every production boot", async () => {
    const billing = `config :portal, Portal.Billing,\n  enabled: true,\n  secret_key: "${KEY.slice(0, 40)}",\n  webhook_signing_secret: "${KEY.slice(8, 48)}"\n`;
    const found = await secretKeyFindings({
      'config/config.exs': billing,
      'config/runtime.exs':
        'import Config\nif config_env() == :prod do\n  config :portal, Portal.Billing,\n    enabled: true,\n    secret_key: env_var_to_config!(:stripe_secret_key),\n    webhook_signing_secret: env_var_to_config!(:stripe_webhook_signing_secret)\nend\n',
    });
    expect(found.map((x) => [x.path, x.severity, x.context])).toEqual([
      ['config/config.exs', 'warning', 'development'],
      ['config/config.exs', 'warning', 'development'],
    ]);
    // Only one of the two set again; another module configured.
    const one = await secretKeyFindings({
      'config/config.exs': billing,
      'config/runtime.exs': 'if config_env() == :prod do\n  config :portal, Portal.Billing,\n    secret_key: env_var_to_config!(:stripe_secret_key)\nend\n',
    });
    expect(one.map((x) => [x.severity, x.context])).toEqual([
      ['warning', 'development'],
      ['error', 'production'],
    ]);
    // The same keyword in another keyword list of the module (`paypal: [secret_key: …]` is not Stripe's).
    const nested = await secretKeyFindings({
      'config/config.exs': `config :portal, Portal.Billing,\n  stripe: [secret_key: "${KEY.slice(0, 40)}"],\n  paypal: [secret_key: "${KEY.slice(8, 48)}"]\n`,
      'config/runtime.exs': 'if config_env() == :prod do\n  config :portal, Portal.Billing,\n    stripe: [mode: :live],\n    paypal: [\n      secret_key: System.fetch_env!("PAYPAL_KEY")\n    ]\nend\n',
    });
    expect(nested.map((x) => [x.severity, x.context])).toEqual([
      ['error', 'production'],
      ['warning', 'development'],
    ]);
    const other = await secretKeyFindings({
      'config/config.exs': billing,
      'config/runtime.exs': 'config :portal, Portal.Mailer,\n  secret_key: System.get_env("MAILER_KEY")\n',
    });
    expect(other.map((x) => [x.severity, x.context])).toEqual([
      ['error', 'production'],
      ['error', 'production'],
    ]);
  });

  it('Phoenix: a key runtime.exs sets only under a condition of its own still reaches production', async () => {
    const conditional = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs':
        'if config_env() == :prod do\n  if api_url = System.get_env("API_URL") do\n    config :app, AppWeb.Endpoint,\n      url: api_url,\n      secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\n  end\nend\n',
    });
    expect(conditional.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
    // The `else` of the production check, a production check with more to it, a branch left unindented.
    for (const runtime of [
      'if config_env() == :prod do\n  config :logger, level: :info\nelse\n  config :app, AppWeb.Endpoint,\n    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nend\n',
      'if config_env() == :prod and System.get_env("PHX_SERVER") do\n  config :app, AppWeb.Endpoint,\n    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nend\n',
      'if System.get_env("PHX_SERVER") do\nconfig :app, AppWeb.Endpoint,\n  secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nend\n',
      // A condition that goes on to the next line.
      'if config_env() == :prod and\n     System.get_env("PHX_SERVER") do\n  config :app, AppWeb.Endpoint,\n    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nend\n',
      'if config_env() == :prod &&\n     System.get_env("PHX_SERVER") do\n  config :app, AppWeb.Endpoint,\n    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nend\n',
    ]) {
      const found = await secretKeyFindings({ 'config/config.exs': PHOENIX_BASE, 'config/runtime.exs': runtime });
      expect(found.map((x) => [x.severity, x.context]), runtime).toEqual([['error', 'production']]);
    }
    // Production among other environments, and a block that is no branch around it: every production boot.
    for (const runtime of [
      'if config_env() in [:prod, :staging] do\n  config :app, AppWeb.Endpoint,\n    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nend\n',
      'if config_env() == :prod do\n  opts =\n    if(System.get_env("X"),\n      do: [a: 1],\n      else: []\n    )\n\n  config :app, AppWeb.Endpoint,\n    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nend\n',
      'if config_env() != :prod do\n  config :app, AppWeb.Endpoint, server: false\nelse\n  config :app, AppWeb.Endpoint,\n    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nend\n',
      'if config_env() == :prod do\n  for endpoint <- [AppWeb.Endpoint] do\n    IO.inspect(endpoint)\n  end\n\n  config :app, AppWeb.Endpoint,\n    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nend\n',
    ]) {
      const found = await secretKeyFindings({ 'config/config.exs': PHOENIX_BASE, 'config/runtime.exs': runtime });
      expect(found.map((x) => [x.severity, x.context]), runtime).toEqual([['warning', 'development']]);
    }
    const unless = await secretKeyFindings({
      'config/config.exs': PHOENIX_BASE,
      'config/runtime.exs': 'unless System.get_env("LOCAL") do\n  config :app, AppWeb.Endpoint,\n    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nend\n',
    });
    expect(unless.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
  });

  it('Django: a key built in code in the other branch counts (bakerydemo generates one)', async () => {
    const found = await secretKeyFindings({
      'shop/settings/base.py': DJANGO_BASE,
      'shop/settings/production.py':
        'from .base import *  # noqa\nif "DJANGO_SECRET_KEY" in os.environ:\n    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nelse:\n    SECRET_KEY = "".join(\n        [random.SystemRandom().choice(string.printable) for i in range(50)]\n    )\n',
    });
    expect(found.map((x) => [x.severity, x.context])).toEqual([['warning', 'development']]);
  });

  it('stays a production error when the base value can still reach production', async () => {
    const cases: Record<string, string>[] = [
      // The production file sets a literal of its own (reported there), or does not inherit from the base.
      { 'app/settings/base.py': DJANGO_BASE, 'app/settings/production.py': `from .base import *\nSECRET_KEY = "${KEY.slice(1)}x"\n` },
      { 'app/settings/base.py': DJANGO_BASE, 'app/settings/production.py': 'import os\nSECRET_KEY = os.environ["SECRET_KEY"]\n' },
      // It falls back to the base value, reads it back, or sets it only sometimes.
      { 'app/settings/base.py': DJANGO_BASE, 'app/settings/production.py': 'from .base import *\nSECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", SECRET_KEY)\n' },
      { 'app/settings/base.py': DJANGO_BASE, 'app/settings/production.py': 'from .base import *\nSECRET_KEY = SECRET_KEY\n' },
      { 'app/settings/base.py': DJANGO_BASE, 'app/settings/production.py': 'from .base import *\nif "DJANGO_SECRET_KEY" in os.environ:\n    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n' },
      // Another name set again; the name only in a comment or a docstring.
      { 'app/settings/common.py': DJANGO_BASE, 'app/settings/prod.py': 'from .common import *\nJWT_SECRET = os.environ["JWT_SECRET"]\n# SECRET_KEY = from the vault\n' },
      { 'app/settings/base.py': DJANGO_BASE, 'app/settings/prod.py': '"""Production settings.\n\nSECRET_KEY = env("SECRET_KEY")\n"""\nfrom .base import *\n' },
      // runtime.exs that sets a literal, names it in a comment only, or configures another endpoint.
      { 'config/config.exs': PHOENIX_BASE, 'config/runtime.exs': `config :app, AppWeb.Endpoint, secret_key_base: "${KEY}"\n` },
      { 'config/config.exs': PHOENIX_BASE, 'config/runtime.exs': 'config :app, AppWeb.Endpoint,\n  # secret_key_base: System.get_env("SECRET_KEY_BASE")\n  http: [port: 4000]\n' },
      { 'config/config.exs': PHOENIX_BASE, 'config/runtime.exs': 'config :app, AdminWeb.Endpoint,\n  secret_key_base: System.get_env("ADMIN_SECRET_KEY_BASE")\n' },
      // A config.exs in a folder that is no Phoenix config.
      { 'lib/config.exs': PHOENIX_BASE, 'lib/runtime.exs': 'config :app, AppWeb.Endpoint, secret_key_base: System.get_env("SECRET_KEY_BASE")\n' },
    ];
    for (const files of cases) {
      const found = await secretKeyFindings(files);
      const base = Object.keys(files)[0]!;
      expect(found.find((x) => x.path === base), JSON.stringify(files)).toMatchObject({ severity: 'error', context: 'production' });
    }
  });

  it('names the overriding file from the sibling that sets the name', async () => {
    const files = {
      'src/settings/prod.py': 'from src.settings.defaults import *\nSECRET_KEY = env("SECRET_KEY")\n',
      'config/config.exs': PHOENIX_BASE,
      'config/prod.exs': 'config :app, AppWeb.Endpoint, secret_key_base: secret_key_base\n',
    };
    expect(await overridingFile('src/settings/defaults.py', 'SECRET_KEY', 1, reader(files))).toBe('src/settings/prod.py');
    expect(await overridingFile('config/config.exs', 'secret_key_base', 4, reader(files))).toBe('config/prod.exs');
    expect(await overridingFile('src/settings/defaults.py', 'JWT_SECRET', 1, reader(files))).toBeNull();
    expect(await overridingFile('src/settings/local.py', 'SECRET_KEY', 1, reader(files))).toBeNull();
    const compose = { 'ops/compose.yaml': 'services:\n  app:\n    environment:\n      JWT_SECRET: ${JWT_SECRET:-x}\n', 'ops/compose.prod.yml': 'services:\n  app:\n    environment:\n      JWT_SECRET: ${JWT_SECRET:?set JWT_SECRET}\n' };
    expect(await overridingFile('ops/compose.yaml', 'JWT_SECRET', 4, reader(compose))).toBe('ops/compose.prod.yml');
    expect(await overridingFile('ops/compose.yaml', 'JWT_SECRET', 3, reader(compose))).toBeNull();
  });

  it('Compose: a default that compose.prod.yaml replaces for the same service is a development value', async () => {
    const base =
      'services:\n  php:\n    image: app-php\n    environment:\n      SERVER_NAME: ${SERVER_NAME:-localhost}\n' +
      '      MERCURE_PUBLISHER_JWT_KEY: ${CADDY_MERCURE_JWT_SECRET:-q8Zr4nM2xV7bL1cK9pT3wY6u}\n' +
      '      MERCURE_JWT_SECRET: ${CADDY_MERCURE_JWT_SECRET:-q8Zr4nM2xV7bL1cK9pT3wY6u}\n';
    const prod = '# Production environment override\nservices:\n  php:\n    environment:\n      APP_ENV: prod\n      MERCURE_PUBLISHER_JWT_KEY: ${CADDY_MERCURE_JWT_SECRET}\n';
    const found = await fallbackFindings({ 'compose.yaml': base, 'compose.prod.yaml': prod });
    expect(found).toEqual([
      { path: 'compose.yaml', line: 6, severity: 'warning', context: 'development', message: expect.stringContaining('(warning: `compose.prod.yaml` sets it again for production)') },
      // Not set again for production: its default is what production runs with.
      { path: 'compose.yaml', line: 7, severity: 'error', context: 'production', message: expect.any(String) },
    ]);
    // The list form, and a variable passed on from the shell (`- NAME`, `NAME:`), in docker-compose's names.
    const list = await fallbackFindings({
      'deploy/docker-compose.yml': 'services:\n  web:\n    environment:\n      - DEBUG=0\n      - SECRET_KEY=${SECRET_KEY:-q8Zr4nM2xV7bL1cK9pT3wY6u}\n',
      'deploy/docker-compose.production.yml': 'services:\n  web:\n    environment:\n      - SECRET_KEY\n',
    });
    expect(list.map((x) => [x.path, x.severity, x.context])).toEqual([['deploy/docker-compose.yml', 'warning', 'development']]);
    const shell = await fallbackFindings({
      'docker-compose.yml': 'services:\n  web:\n    environment:\n      SECRET_KEY: "${SECRET_KEY:-q8Zr4nM2xV7bL1cK9pT3wY6u}"\n',
      'docker-compose.prod.yaml': 'services:\n  web:\n    environment:\n      SECRET_KEY:\n',
    });
    expect(shell.map((x) => [x.severity, x.context])).toEqual([['warning', 'development']]);
    // A literal of the base file, as a default is.
    const literal = await secretKeyFindings({
      'compose.yaml': `services:\n  web:\n    environment:\n      SECRET_KEY: ${KEY}\n`,
      'compose.prod.yaml': 'services:\n  web:\n    environment:\n      SECRET_KEY: ${SECRET_KEY:?set SECRET_KEY}\n',
    });
    expect(literal.map((x) => [x.path, x.severity, x.context])).toEqual([['compose.yaml', 'warning', 'development']]);
  });

  it('Compose: the default stays a production error when the production file can still give it', async () => {
    const base = 'services:\n  web:\n    environment:\n      SECRET_KEY: ${SECRET_KEY:-q8Zr4nM2xV7bL1cK9pT3wY6u}\n';
    for (const prod of [
      // Another service's variable of the same name.
      'services:\n  worker:\n    environment:\n      SECRET_KEY: ${SECRET_KEY}\n',
      // A default of its own (reported there), or a literal.
      'services:\n  web:\n    environment:\n      SECRET_KEY: ${SECRET_KEY:-another-default-value}\n',
      'services:\n  web:\n    environment:\n      SECRET_KEY: q8Zr4nM2xV7bL1cK9pT3wY6u\n',
      // The name elsewhere than the service's environment, or commented out.
      'services:\n  web:\n    build:\n      args:\n        SECRET_KEY: ${SECRET_KEY}\n',
      'services:\n  web:\n    environment:\n      # SECRET_KEY: ${SECRET_KEY}\n      DEBUG: 0\n',
    ]) {
      const found = await fallbackFindings({ 'compose.yaml': base, 'compose.prod.yaml': prod });
      expect(found.filter((x) => x.path === 'compose.yaml').map((x) => [x.severity, x.context]), prod).toEqual([['error', 'production']]);
    }
    // A development file beside it changes nothing.
    const dev = await fallbackFindings({ 'compose.yaml': base, 'compose.override.yaml': 'services:\n  web:\n    environment:\n      SECRET_KEY: ${SECRET_KEY}\n' });
    expect(dev.map((x) => [x.severity, x.context])).toEqual([['error', 'production']]);
  });

  it('reads a production file of blank lines in linear time', async () => {
    const files = { 'settings/prod.py': '\n'.repeat(400_000) + 'from .base import *\nSECRET_KEY = env("X")\n' };
    expect(await overridingFile('settings/base.py', 'SECRET_KEY', 1, reader(files))).toBe('settings/prod.py');
  });
});
