import type { SourceView } from './source';

/** The way a file reads configuration, which decides how a secret is read instead of written. */
export type Idiom =
  | 'python'
  | 'js'
  | 'ruby'
  | 'rails-yaml'
  | 'laravel'
  | 'spring-properties'
  | 'spring-yaml'
  | 'compose'
  | 'workflow'
  | 'shell'
  | 'java'
  | 'kotlin'
  | 'rust'
  | 'go';

const JS_EXTENSIONS = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/i;
const COMPOSE = /(?:^|\/)(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/i;
const WORKFLOW = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
const SPRING = /(?:^|\/)(?:application|bootstrap)(?:-[^/.]+)?\.(properties|ya?ml)$/i;
const RAILS_YAML = /(?:^|\/)config\/([^/]+)\.yml$/i;
const LARAVEL_CONFIG = /(?:^|\/)config\/[^/]+\.php$/i;

/** The idiom of a file, or null when leakproof has no automatic fix in its syntax. */
export function idiomOf(v: SourceView, exists: (path: string) => boolean): Idiom | null {
  const path = v.path;
  if (/\.(?:j2|jinja2?|tpl|tmpl|gotmpl)$/i.test(path)) return null;
  switch (v.lang) {
    case 'python':
      return /\.pyi$/i.test(path) ? null : 'python';
    case 'js':
      return JS_EXTENSIONS.test(path) ? 'js' : null;
    case 'ruby':
      return 'ruby';
    case 'php':
      return LARAVEL_CONFIG.test(path) ? 'laravel' : null;
    case 'rust':
      return /\.rs$/i.test(path) ? 'rust' : null;
    case 'go':
      return /\.go$/i.test(path) ? 'go' : null;
    case 'jvm':
      if (/\.java$/i.test(path)) return 'java';
      if (/\.kts?$/i.test(path)) return 'kotlin';
      return null;
    case 'shell':
      return /\.(?:sh|bash|zsh|ksh)$/i.test(path) ? 'shell' : null;
    case 'properties':
      return SPRING.test(path) ? 'spring-properties' : null;
    case 'yaml': {
      if (WORKFLOW.test(path)) return 'workflow';
      if (COMPOSE.test(path)) return 'compose';
      if (SPRING.test(path)) return 'spring-yaml';
      const rails = RAILS_YAML.exec(path);
      if (rails) {
        const configDir = path.slice(0, rails.index + (path[rails.index] === '/' ? 1 : 0)) + 'config/';
        if (/^(?:secrets|credentials.*)$/i.test(rails[1]!) || exists(`${configDir}application.rb`)) return 'rails-yaml';
      }
      return null;
    }
    default:
      return null;
  }
}

/** The folder of a path ('' at the root). */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
