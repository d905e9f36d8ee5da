/**
 * Whether something in the project loads a local `.env` into the app's
 * environment: a dotenv library among its dependencies, a framework that
 * reads `.env` itself (Next.js, Vite, Nuxt, NestJS's config module, Laravel,
 * Symfony), a script run with `node --env-file`, or a compose file's
 * `env_file:`. Only the manifests at the root and in `dir` are read. When
 * nothing does, the fresh key a fix writes into `.env` is not seen by the
 * app until the person loads the file, and the fix says so.
 */
export function loadsDotenv(dir: string, read: (rel: string) => string | null | undefined): boolean {
  const folders = dir === '' ? [''] : [dir, ''];
  for (const folder of folders) {
    const at = (name: string) => (folder === '' ? name : `${folder}/${name}`);
    for (const [name, loader] of LOADERS) {
      const text = read(at(name));
      if (typeof text === 'string' && loader.test(text)) return true;
    }
  }
  return false;
}

/** The names compose looks for, in its order of preference. */
export const COMPOSE_FILES = ['compose.yml', 'compose.yaml', 'docker-compose.yml', 'docker-compose.yaml'] as const;
/** A compose file's `env_file:` that names `.env` (inline or as the first list item). */
const COMPOSE_ENV_FILE = /env_file:[^\n]*\.env\b|env_file:\s*\n\s*-\s*\.?\/?\.env\b/;

/** Manifests and what in them says `.env` is loaded. */
const LOADERS: readonly [string, RegExp][] = [
  ['package.json', /"(?:dotenv|dotenv-flow|dotenv-cli|env-cmd|@dotenvx\/dotenvx|next|vite|nuxt|@nestjs\/config|@remix-run\/dev|astro|@sveltejs\/kit)"\s*:|--env-file[= ]/],
  ['requirements.txt', /^(?:python-dotenv|django-environ|environs|python-decouple|pydantic-settings)\b/im],
  ['requirements-dev.txt', /^(?:python-dotenv|django-environ|environs|python-decouple)\b/im],
  ['pyproject.toml', /["']?(?:python-dotenv|django-environ|environs|python-decouple|pydantic-settings)\b/i],
  ['Pipfile', /^(?:python-dotenv|django-environ|environs|python-decouple)\s*=/im],
  ['Gemfile', /gem\s+["']dotenv(?:-rails)?["']/],
  ['composer.json', /"(?:vlucas\/phpdotenv|laravel\/framework|symfony\/dotenv)"\s*:/],
  ['go.mod', /\b(?:github\.com\/joho\/godotenv|github\.com\/subosito\/gotenv)\b/],
  ['Cargo.toml', /^\s*(?:dotenv|dotenvy)\s*=/m],
  ['mix.exs', /\{:(?:dotenvy|dotenv)\b/],
  ['pom.xml', /<artifactId>(?:dotenv-java|java-dotenv|spring-dotenv)<\/artifactId>/],
  ['build.gradle', /dotenv/],
  ['build.gradle.kts', /dotenv/],
  ...COMPOSE_FILES.map((name): [string, RegExp] => [name, COMPOSE_ENV_FILE]),
];
