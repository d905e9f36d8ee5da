import { COPY_SUFFIXES } from '../../core/context';

/** The syntaxes the secret-key rules understand. */
export type Lang =
  | 'python'
  | 'js'
  | 'ruby'
  | 'php'
  | 'jvm'
  | 'go'
  | 'csharp'
  | 'elixir'
  | 'rust'
  | 'properties'
  | 'yaml'
  | 'json'
  | 'toml'
  | 'ini'
  | 'systemd'
  | 'dockerfile'
  | 'shell'
  | 'make'
  | 'hcl'
  | 'xml';

const BY_EXT: Record<string, Lang> = {
  py: 'python', pyw: 'python', pyi: 'python',
  js: 'js', mjs: 'js', cjs: 'js', jsx: 'js', ts: 'js', mts: 'js', cts: 'js', tsx: 'js', vue: 'js', svelte: 'js',
  rb: 'ruby', rake: 'ruby', gemspec: 'ruby', ru: 'ruby',
  php: 'php',
  java: 'jvm', kt: 'jvm', kts: 'jvm', scala: 'jvm', groovy: 'jvm', gradle: 'jvm',
  go: 'go',
  cs: 'csharp',
  ex: 'elixir', exs: 'elixir',
  rs: 'rust',
  properties: 'properties',
  yml: 'yaml', yaml: 'yaml',
  json: 'json', json5: 'json', jsonc: 'json',
  toml: 'toml',
  ini: 'ini', cfg: 'ini', conf: 'ini', cnf: 'ini',
  service: 'systemd', socket: 'systemd', timer: 'systemd', container: 'systemd',
  sh: 'shell', bash: 'shell', zsh: 'shell', ksh: 'shell', fish: 'shell',
  mk: 'make',
  tf: 'hcl', tfvars: 'hcl', hcl: 'hcl',
  xml: 'xml', config: 'xml',
};

const BY_NAME: Record<string, Lang> = {
  dockerfile: 'dockerfile',
  containerfile: 'dockerfile',
  makefile: 'make',
  gnumakefile: 'make',
  gemfile: 'ruby',
  rakefile: 'ruby',
  // Ruby files named for their tool: Vagrant's machines (its provisioners' scripts and `env:` set app keys),
  // Capistrano's, Guard's, fastlane's and CocoaPods' own.
  vagrantfile: 'ruby',
  capfile: 'ruby',
  guardfile: 'ruby',
  fastfile: 'ruby',
  appfile: 'ruby',
  podfile: 'ruby',
  // cloud-init's data sources, YAML under their own names (`#cloud-config`): what a machine runs at its first boot.
  'user-data': 'yaml',
  'vendor-data': 'yaml',
  procfile: 'shell',
  '.bashrc': 'shell',
  '.zshrc': 'shell',
  '.profile': 'shell',
  '.bash_profile': 'shell',
  'phpunit.xml.dist': 'xml',
};

const TEMPLATE_SUFFIXES = ['.j2', '.jinja', '.jinja2', '.tpl', '.tmpl', '.gotmpl'];

/** ASP.NET Core's configuration files: `appsettings.json`, `appsettings.Development.json`… */
const APPSETTINGS = /(?:^|\/)appsettings(?:\.[\w.-]+)?\.json$/i;

/** Whether `path` is one of ASP.NET Core's configuration files (`appsettings.json`, `appsettings.Production.json`…). */
export function isAppsettings(path: string): boolean {
  return APPSETTINGS.test(path);
}

/** The syntax of a file from its name, or null when the secret-key rules do not read it. */
export function langOf(name: string): Lang | null {
  let lower = name.toLowerCase();
  // Templates rendered into config (`settings.py.j2`, `app.ini.tpl`) keep the syntax of what they render.
  for (const suffix of TEMPLATE_SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length > suffix.length) {
      lower = lower.slice(0, -suffix.length);
      break;
    }
  }
  const byName = BY_NAME[lower];
  if (byName) return byName;
  // Copies to fill in (`secrets.yml.example`, `parameters.yml.dist`): the syntax of the file they become.
  for (const suffix of COPY_SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length > suffix.length && lower.lastIndexOf('.', lower.length - suffix.length - 1) >= 0) {
      lower = lower.slice(0, -suffix.length);
      break;
    }
  }
  const copyOf = BY_NAME[lower];
  if (copyOf) return copyOf;
  if (lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile')) return 'dockerfile';
  const dot = lower.lastIndexOf('.');
  if (dot < 0) return null;
  return BY_EXT[lower.slice(dot + 1)] ?? null;
}

/** Syntaxes where only a quoted value is a literal (a bare word is a variable, a call, a number or a boolean). */
export function needsQuotes(lang: Lang): boolean {
  switch (lang) {
    case 'python':
    case 'js':
    case 'ruby':
    case 'php':
    case 'jvm':
    case 'go':
    case 'csharp':
    case 'elixir':
    case 'rust':
    case 'json':
    case 'toml':
    case 'hcl':
      return true;
    default:
      return false;
  }
}
