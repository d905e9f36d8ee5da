import type { PathFinding, TreeContext } from '../types';

/**
 * `config/secrets.yml` in an application on Rails 7.2 or later, which no longer reads it: 7.1 deprecated
 * `Rails.application.secrets`, 7.2 removed it, and the development and test `secret_key_base` come from
 * `tmp/local_secret.txt` since 7.1 (production's from `SECRET_KEY_BASE` or the credentials). A value there signs
 * nothing: the file is left over from an upgrade. The version is the one `Gemfile.lock` beside `config/` locks, or
 * without one, the least the `Gemfile` allows.
 */
export async function reviseUnreadRailsSecrets(found: readonly PathFinding[], tree: TreeContext): Promise<void> {
  // A change's scan may be of a commit whose lock file is not the working tree's.
  if (tree.changedOnly) return;
  const locks = new Map<string, Promise<RailsVersion | null>>();
  const reads = new Map<string, Promise<boolean>>();
  for (const f of found) {
    const m = SECRETS_YML.exec(f.path);
    // Rails' own key only: another service's key there works wherever it is read from.
    if (m === null || !/(?:^|\.)secret_key_base$/.test(f.key ?? '')) continue;
    const app = m[1] ?? '';
    // `Rails.application.config_for(:secrets)` still reads the file.
    if (await readsSecretsYml(tree, app, reads)) continue;
    let version = locks.get(app);
    if (version === undefined) locks.set(app, (version = railsVersion(tree, app)));
    const v = await version;
    if (v === null || v.major < 7 || (v.major === 7 && v.minor < 2)) continue;
    const verb = v.from.endsWith('.lock') ? 'locks' : 'asks for';
    const why = `Rails 7.2 and later no longer read \`config/secrets.yml\`, and this application ${verb} ${v.major}.${v.minor} (\`${v.from}\`)`;
    const stop = f.message.indexOf('. ');
    const found = stop > 0 ? f.message.slice(0, stop) : f.message.replace(/\.$/, '');
    // A test section's key signs nothing of production's either way: it keeps its context, and the file is as unread.
    if (f.context === 'test') {
      f.madeUpMessage = `${found}. ${why}: delete the file.`;
      continue;
    }
    f.context = 'example';
    f.contextWhy = why;
    // The reason follows the message as its context's: said once.
    f.madeUpMessage = `${found}. Nothing reads the file any more: delete it, and rotate the value where a deployment of an earlier version used it as its key.`;
  }
}

/** Whether the application's configuration code loads the file itself (`config_for(:secrets)`, `'secrets.yml'`). */
function readsSecretsYml(tree: TreeContext, app: string, memo: Map<string, Promise<boolean>>): Promise<boolean> {
  let found = memo.get(app);
  if (found === undefined) {
    found = (async () => {
      const code = tree.entries.filter((e) => e.kind === 'file' && e.path.startsWith(`${app}config/`) && e.path.endsWith('.rb')).slice(0, MAX_CONFIG_FILES);
      for (const e of code) {
        const text = await tree.readText(e.path);
        if (text !== null && loadsSecrets(text)) return true;
      }
      return false;
    })();
    memo.set(app, found);
  }
  return found;
}

/** Ruby files of `config/` read for a load of the file. */
const MAX_CONFIG_FILES = 200;
/** `config_for(:secrets)`, or the file's name: not `secrets.yml.enc` or `secrets.yml.key`, Rails 5.1's encrypted secrets. */
const LOADS_SECRETS = /config_for\(\s*:secrets\b|secrets\.yml(?![.\w])/;

/**
 * Whether Ruby code loads the file, outside its comments: Rails' generated `production.rb` says "Attempt to read
 * encrypted secrets from `config/secrets.yml.enc`" in a comment.
 */
function loadsSecrets(text: string): boolean {
  if (!LOADS_SECRETS.test(text)) return false;
  return text.split('\n').some((line) => {
    const code = line.trimStart();
    return !code.startsWith('#') && LOADS_SECRETS.test(code);
  });
}

interface RailsVersion {
  major: number;
  minor: number;
  /** The file that says so: `Gemfile.lock`, else the `Gemfile`'s constraint. */
  from: string;
}

/** The Rails an application runs on: the one its `Gemfile.lock` locks, else the least its `Gemfile` allows. */
async function railsVersion(tree: TreeContext, app: string): Promise<RailsVersion | null> {
  const lock = await tree.readText(`${app}Gemfile.lock`);
  if (lock !== null) {
    const v = lockedRails(lock);
    return v === null ? null : { ...v, from: `${app}Gemfile.lock` };
  }
  const gemfile = await tree.readText(`${app}Gemfile`);
  if (gemfile === null) return null;
  // A Gemfile that boots two versions (`if next?` / `gem "rails", "~> 7.2.0"` / `else` / `gem "rails", "~> 7.1.3"`)
  // runs on the earlier one too: the least of them.
  let least: { major: number; minor: number } | null = null;
  for (const m of gemfile.matchAll(GEMFILE_RAILS)) {
    const v = { major: Number(m[1]), minor: Number(m[2]) };
    if (least === null || v.major < least.major || (v.major === least.major && v.minor < least.minor)) least = v;
  }
  return least === null ? null : { ...least, from: `${app}Gemfile` };
}
/**
 * The `rails` gem's constraint in a `Gemfile`, when it sets a least version: `gem "rails", "~> 7.1.5"`, `gem 'rails',
 * ['~> 7.1.5', '>= 7.1.5.2']`, `gem "rails", ">= 7.2"`; not `< 8` alone.
 */
const GEMFILE_RAILS = /^[ \t]*gem[ \t]+["']rails["'][ \t]*,[ \t]*\[?[ \t]*["'](?:~>|>=|=)?[ \t]*(\d{1,3})\.(\d{1,3})/gm;

/** `config/secrets.yml`, and the application's folder before it (group 1). */
const SECRETS_YML = /^(?:(.*\/))?config\/secrets\.yml$/;
/** The `rails` gem as `Gemfile.lock` locks it, in its `specs:` (four spaces in). */
const LOCKED_RAILS = /^ {4}rails \((\d{1,3})\.(\d{1,3})[.)]/m;

function lockedRails(text: string): Omit<RailsVersion, 'from'> | null {
  const m = LOCKED_RAILS.exec(text);
  return m === null ? null : { major: Number(m[1]), minor: Number(m[2]) };
}
