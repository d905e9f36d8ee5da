import { afterAll, describe, expect, it } from 'vitest';
import { Fixture } from '../helpers/fixture';
import { scan } from '../../src/engine/scan';
import { overridingFile } from '../../src/rules/lib/settings-overrides';

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

const reader = (files: Record<string, string>) => async (p: string) => files[p] ?? null;

describe('settings the production settings replace', () => {
  it('Django split settings: a base key that prod.py sets again is a development value', async () => {
    const found = await secretKeyFindings({
      'bookmarks/settings/base.py': `SECRET_KEY = "${KEY}"\n`,
      'bookmarks/settings/prod.py': 'from .base import *\n\nif os.path.isfile(key_file):\n    SECRET_KEY = read(key_file)\nelse:\n    SECRET_KEY = get_random_secret_key()\n',
    });
    expect(found).toEqual([
      {
        path: 'bookmarks/settings/base.py',
        severity: 'warning',
        context: 'development',
        message: expect.stringContaining('(warning: `bookmarks/settings/prod.py` sets it again for production)'),
      },
    ]);
  });

  it('Phoenix: a config.exs key that runtime.exs sets from the environment is a development value', async () => {
    const found = await secretKeyFindings({
      'config/config.exs': `import Config\nconfig :app, AppWeb.Endpoint,\n  secret_key_base: "${KEY}"\n`,
      'config/runtime.exs': 'import Config\nif config_env() == :prod do\n  config :app, AppWeb.Endpoint,\n    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\nend\n',
    });
    expect(found.map((x) => [x.path, x.severity, x.context])).toEqual([['config/config.exs', 'warning', 'development']]);
  });

  it('stays a production error when nothing replaces it', async () => {
    const cases: Record<string, string>[] = [
      // The production file sets a literal of its own (reported there), or does not inherit from the base.
      { 'app/settings/base.py': `SECRET_KEY = "${KEY}"\n`, 'app/settings/production.py': `from .base import *\nSECRET_KEY = "${KEY.slice(1)}x"\n` },
      { 'app/settings/base.py': `SECRET_KEY = "${KEY}"\n`, 'app/settings/production.py': 'import os\nSECRET_KEY = os.environ["SECRET_KEY"]\n' },
      // Another name set again; a comment that mentions it.
      { 'app/settings/common.py': `SECRET_KEY = "${KEY}"\n`, 'app/settings/prod.py': 'from .common import *\nJWT_SECRET = os.environ["JWT_SECRET"]\n# SECRET_KEY = from the vault\n' },
      // runtime.exs that sets it to a literal; config.exs in a folder that is no Phoenix config.
      { 'config/config.exs': `config :app, AppWeb.Endpoint, secret_key_base: "${KEY}"\n`, 'config/runtime.exs': `config :app, AppWeb.Endpoint, secret_key_base: "${KEY}"\n` },
      { 'lib/config.exs': `config :app, AppWeb.Endpoint, secret_key_base: "${KEY}"\n`, 'lib/runtime.exs': 'config :app, AppWeb.Endpoint, secret_key_base: System.get_env("SECRET_KEY_BASE")\n' },
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
      'config/prod.exs': 'config :app, AppWeb.Endpoint, secret_key_base: secret_key_base\n',
    };
    expect(await overridingFile('src/settings/defaults.py', 'SECRET_KEY', reader(files))).toBe('src/settings/prod.py');
    expect(await overridingFile('config/config.exs', 'secret_key_base', reader(files))).toBe('config/prod.exs');
    expect(await overridingFile('src/settings/defaults.py', 'JWT_SECRET', reader(files))).toBeNull();
    expect(await overridingFile('src/settings/local.py', 'SECRET_KEY', reader(files))).toBeNull();
  });
});
