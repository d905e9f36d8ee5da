"use strict";
exports.id = 480;
exports.ids = [480];
exports.modules = {

/***/ 8480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ COPY_SUFFIXES),
/* harmony export */   FG: () => (/* binding */ isConfigTemplate),
/* harmony export */   HH: () => (/* binding */ inProjectTemplate),
/* harmony export */   HI: () => (/* binding */ cappedSeverity),
/* harmony export */   NU: () => (/* binding */ ContextClassifier),
/* harmony export */   UZ: () => (/* binding */ MADE_UP),
/* harmony export */   "in": () => (/* binding */ SEVERITY_CAPS),
/* harmony export */   qK: () => (/* binding */ classifyPath),
/* harmony export */   qk: () => (/* binding */ isCiDefinition)
/* harmony export */ });
const PRODUCTION = { context: 'production', why: 'no part of its path says test, example, docs, CI, build or development' };
const COPIED_TEMPLATE = { context: 'production', why: 'a configuration template, copied as it is into deployments' };
const SEVERITY_CAPS = {
    secret: { production: null, development: 'warning', test: 'notice', ci: 'notice', build: 'notice', example: 'notice', docs: 'notice', vendored: 'notice' },
    token: { production: null, development: null, test: null, ci: null, build: null, example: null, docs: null, vendored: null },
    'private-key': { production: null, development: 'warning', test: 'notice', ci: 'warning', build: null, example: 'warning', docs: null, vendored: 'notice' },
    'login-key': { production: null, development: null, test: 'notice', ci: null, build: null, example: null, docs: null, vendored: 'notice' },
    'git-artifact': { production: null, development: null, test: 'notice', ci: null, build: null, example: 'notice', docs: 'notice', vendored: null },
    data: { production: null, development: null, test: 'notice', ci: null, build: null, example: 'notice', docs: 'notice', vendored: 'notice' },
    meta: { production: null, development: null, test: null, ci: null, build: null, example: null, docs: null, vendored: null },
};
/**
 * Where a chosen value (policy `secret`) is made up for the occasion: a test's
 * key, a CI job's, an example's. A finding there asks whether the value is a
 * real one, rather than telling to rotate it (`madeUpMessage`).
 */
const MADE_UP = new Set(['test', 'ci', 'build', 'example', 'docs', 'vendored']);
const RANK = { error: 3, warning: 2, notice: 1 };
/** The severity a finding gets: its own, capped by the policy for where it sits. */
function cappedSeverity(severity, policy, context) {
    const cap = SEVERITY_CAPS[policy][context];
    return cap !== null && RANK[cap] < RANK[severity] ? cap : severity;
}
/**
 * Maps paths to contexts: the user's `contexts:` globs first, then the
 * built-in classification. One instance per scan; placements are memoised
 * by path, since every rule's findings in a file ask the same question.
 * The globs come compiled, so the engine (and its worker threads) never
 * load a glob library for a scan that has none.
 */
class ContextClassifier {
    overrides;
    memo = new Map();
    /** Where the repository as a whole sits, when that is not production: a collection of examples (see `placeRepository`). */
    repository = null;
    constructor(overrides = []) {
        this.overrides = overrides;
    }
    of(path) {
        let p = this.memo.get(path);
        if (p === undefined) {
            p = this.configured(path) ?? classifyPath(path);
            // What no part of a path places is the repository's: an example's in a collection of examples. Not a path the
            // configuration placed, nor one that names production or a deployment (`.env.production`, `deploy/`).
            if (this.repository !== null && p.context === 'production' && !p.configured && !NAMES_DEPLOYMENT.test(path))
                p = this.repository;
            this.memo.set(path, p);
        }
        return p;
    }
    /**
     * Places every path its own parts leave in production where the repository as a whole sits (`examples-repository.ts`),
     * or, with null, in production again.
     */
    placeRepository(p) {
        this.repository = p;
        this.memo.clear();
    }
    configured(path) {
        for (const o of this.overrides) {
            if (o.matches(path))
                return { context: o.context, why: 'set by `contexts:` in the configuration', configured: true };
        }
        return null;
    }
}
/**
 * A path that names production or a deployment: a folder so named as a whole (`deploy/`, `k8s/`, `charts/`,
 * `production/`), or a file named for production or staging (`.env.production`, `config/prod.js`). Not a folder of an
 * example whose name holds such a word (`live_chat/`, `multi-stage-build/`).
 */
const NAMES_DEPLOYMENT = /(?:^|\/)(?:prod|production|staging|deploy|deployment|deployments|k8s|kubernetes|helm|charts|terraform)\/|(?:^|[\/._-])(?:prod|production|staging)(?:[._-][^\/]*)?$/i;
// ---------------------------------------------------------------------------
// The built-in classification, from how tools and frameworks lay out files.
/** CI services' own configuration files, wherever they sit. */
const CI_FILES = new Set([
    '.gitlab-ci.yml',
    '.gitlab-ci.yaml',
    '.travis.yml',
    'azure-pipelines.yml',
    'azure-pipelines.yaml',
    'bitbucket-pipelines.yml',
    '.drone.yml',
    'appveyor.yml',
    '.appveyor.yml',
    '.woodpecker.yml',
    '.cirrus.yml',
    'wercker.yml',
    'codeship-services.yml',
    'codeship-steps.yml',
    'cloudbuild.yaml', // not a deploy: Cloud Build runs tests and builds images from it as often
    'cloudbuild.yml',
]);
/**
 * Whether `path` is a pipeline's own definition (a GitHub Actions workflow, `.gitlab-ci.yml`, a `Jenkinsfile`\u2026),
 * not a file a CI job uses: what is written there is handed to the jobs as it is.
 */
function isCiDefinition(path) {
    const segments = path.toLowerCase().split('/');
    const name = segments.pop();
    if (segments[0] === '.github' && segments[1] === 'workflows')
        return true;
    // CircleCI's `.circleci/config.yml`, Buildkite's `.buildkite/pipeline.yml`, Woodpecker's `.woodpecker/*.yml`, the
    // files `.gitlab-ci.yml` includes from `.gitlab/ci/`, Semaphore's and Tekton's, Azure's folder of pipelines.
    if (/\.ya?ml$/.test(name) && segments.length >= 1 && PIPELINE_DIRS.has(segments[0]) && (segments[0] !== '.gitlab' || segments[1] === 'ci'))
        return true;
    return CI_FILES.has(name) || name === 'jenkinsfile' || name.startsWith('jenkinsfile.') || name.endsWith('.jenkinsfile');
}
/** Top-level folders whose YAML files are pipelines' definitions (`.gitlab/` only in its `ci/`). */
const PIPELINE_DIRS = new Set(['.circleci', '.buildkite', '.woodpecker', '.gitlab', '.semaphore', '.tekton', '.azure-pipelines', '.drone']);
/** Words that name CI, or a CI service, in a file's name. */
const CI_SERVICES = new Set(['ci', 'travis', 'circleci', 'jenkins', 'buildkite', 'appveyor', 'drone', 'woodpecker', 'gitlabci']);
/** Folders that hold CI configuration and the compose files and scripts CI jobs run. */
const CI_DIRS = new Set(['.github', '.circleci', '.ci', 'ci', '.buildkite', '.gitlab', '.woodpecker', '.azure-pipelines', '.semaphore', '.teamcity', '.tekton', '.drone', '.travis']);
/** Folders of tests and their data. */
const TEST_DIRS = new Set([
    'test',
    'tests',
    'testing',
    'spec',
    'specs',
    '__tests__',
    '__fixtures__',
    '__mocks__',
    // Test doubles: gomock's and mockery's `mocks/`, hedgedoc's `config/mock/` (the settings its specs load).
    'mock',
    'mocks',
    // Snapshot tests' recorded output: Jest's `__snapshots__/`, Go's `.snapshots/` (cupaloy, Ory's snapshotx).
    '__snapshots__',
    '.snapshots',
    'fixtures',
    'fixture',
    'testdata',
    'test-data',
    'test_data',
    'testutils',
    'testutil',
    'e2e',
    'cypress',
    'playwright',
    'smoketest',
    'smoketests',
    'bench',
    'benchmark',
    'benchmarks',
    // Load tests and their generators (`loadtest/`, `load-tests/` by the word rule below).
    'loadtest',
    'loadtests',
    // Test tools' own folders: Dredd's API tests (Semaphore's `deployment/compose/dredd/`), load testers' scripts.
    'dredd',
    'k6',
    'locust',
    'jmeter',
    'gatling',
    // Cargo's benchmarks, run by `cargo bench` beside `tests/`.
    'benches',
    // Projects and apps a library's tests run against: `testproject/`, `testapp/`.
    'testproject',
    'testapp',
    'testapps',
    // Harnesses that start the application in containers for its tests (trigger.dev's `@internal/testcontainers`).
    'testcontainers',
    'testkit',
    // Kinds of tests as folders: `unit/`, `acceptance/` (Ocelot), Gradle's `src/integrationTest/` and
    // `src/testFixtures/`, Authelia's `internal/suites/`.
    'unit',
    // DefectDojo's `unittests/` (with the tools' saved reports its parser tests read).
    'unittest',
    'unittests',
    'testcases',
    'testsuite',
    'testsuites',
    'acceptance',
    'integrationtest',
    'integrationtests',
    'functionaltest',
    'functionaltests',
    'testfixtures',
    'suites',
    // Behat's contexts and page objects (Sylius's `src/Sylius/Behat/`): acceptance tests, never loaded by the app.
    'behat',
]);
/**
 * Folders that hold test doubles when what sits in them is data, a key or a certificate: Ory's
 * `cmd/stub/rsa.key` (read by `_test.go` files). Code in them may ship (gRPC-Java's `stub/` package is
 * production code), so their code keeps its context. (`integration/` is as often an environment as a test
 * suite, so it says nothing.)
 */
const TEST_DATA_DIRS = new Set(['stub', 'stubs']);
/** Source files, whose own name says whether they are tests. */
const SOURCE_EXTENSIONS = new Set(['py', 'go', 'js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx', 'rb', 'php', 'java', 'kt', 'kts', 'cs', 'rs', 'ex', 'exs', 'scala', 'groovy', 'swift', 'c', 'h', 'cc', 'cpp', 'sh']);
const KEY_DATA_EXTENSIONS = new Set(['pem', 'key', 'crt', 'cer', 'der', 'p8', 'p12', 'pfx', 'jks', 'jwk', 'jwks', 'json', 'asc', 'gpg', 'keystore']);
/**
 * Words that make a folder a test folder when they start or end its name: `integration-tests`, `e2e_tests`,
 * `test-utils`, and .NET's test projects (`Ocelot.UnitTests`, `Api.IntegrationTests`).
 */
const TEST_WORDS = new Set(['test', 'tests', 'testing', 'e2e', 'spec', 'specs', 'smoke', 'unittests', 'integrationtests', 'acceptancetests', 'functionaltests']);
/** A kind of test run together with `test`: `clienttest`, `servertest`, `unittest`, `e2etest`. */
const KIND_OF_TEST = /^(?:client|server|unit|e2e|int|integration|browser|node|dom|api|ui|component|snapshot|smoke)tests?$/;
/** Test tooling's own configuration, wherever it sits. */
const TEST_FILES = new Set([
    'conftest.py',
    // A reusable Django app's test runner, which configures settings only to run the suite (`settings.configure(\u2026)`,
    // then `DiscoverRunner`): django-helpdesk's `quicktest.py`, the convention's `runtests.py`.
    'runtests.py',
    'quicktest.py',
    'pytest.ini',
    'tox.ini',
    'noxfile.py',
    'phpunit.xml',
    'phpunit.xml.dist',
    'phpunit.dist.xml',
    'cypress.json',
    '.mocharc.yml',
    '.mocharc.yaml',
    '.mocharc.json',
    '.mocharc.js',
    '.rspec',
]);
/** Test runners' configuration by stem: `jest.config.ts`, `vitest.setup.js`, `karma.conf.js`. */
const TEST_TOOLS = new Set(['jest', 'vitest', 'karma', 'cypress', 'playwright', 'protractor', 'wdio', 'nightwatch', 'setuptests', 'testsetup']);
/** The last parts that name a copy to fill in: `secrets.yml.example`, `config.sample.json`, `parameters.yml.dist`. */
const COPY_SUFFIXES = ['.example', '.sample', '.template', '.dist'];
/** A file named as a copy to fill in: `settings.example.yml`, `config.sample.json`, `app.ini.template`, `config.php.dist`. */
const CONFIG_TEMPLATE = new RegExp(`(?:${COPY_SUFFIXES.map((s) => `\\${s}`).join('|')})(?:\\.[a-z0-9]+)?$`);
/**
 * A configuration file committed as a copy to fill in (`config.example.yml`,
 * `secrets.yml.example`, `parameters.yml.dist`), other than a dotenv
 * template (the dotenv rules have their own). A placeholder is what belongs
 * there; a real-looking value was copied from a real file, or ships as
 * everyone's default when the copy is used as it is.
 */
function isConfigTemplate(name) {
    const lower = name.toLowerCase();
    if (isDotenvLike(lower))
        return false;
    if (CONFIG_TEMPLATE.test(lower))
        return true;
    // A configuration file whose name starts or ends with a word for an example: airflow-helm's
    // `sample-values-CeleryExecutor.yaml`, `example-values.yaml`, `values-example.yaml`, `config_sample.json`.
    const ext = extensionOf(lower);
    const php = ext === 'php';
    if (!CONFIG_EXTENSIONS.has(ext) && !php)
        return false;
    // The word as a part of its own between dots, further in: svix's `svix-bridge.example.receivers.yaml`.
    // Not one that names a deployment as well (`values.sample.prod.yaml`).
    // Not a host's name (`api.example.com.yaml`).
    if (!php && lower.split('.').slice(1, -1).some((part, k, parts) => COPY_WORDS.has(part) && !DOMAIN_ENDINGS.has(parts[k + 1] ?? '')) && !PRODUCTION_WORDS.test(lower))
        return true;
    const words = stemWords(lower);
    // PHP's settings are code: only a name that says it is settings is a copy of them (WordPress's `wp-config-sample.php`,
    // Drupal's `example.settings.local.php`, phpMyAdmin's `config.sample.inc.php`), not `sample_controller.php`.
    if (php) {
        if (words[words.length - 1] === 'inc')
            words.pop();
        // CakePHP's `config/app.default.php` and MISP's `core.default.php`: the copy its installer renames.
        if (words.length === 2 && words[1] === 'default' && PHP_DEFAULT_COPIES.has(words[0]))
            return true;
        if (!words.some((w) => PHP_SETTINGS_WORDS.has(w)))
            return false;
    }
    return words.length > 1 && (COPY_WORDS.has(words[0]) || COPY_WORDS.has(words[words.length - 1]));
}
/** What follows `example` in a host's name: `example.com`, `example.org`. */
const DOMAIN_ENDINGS = new Set(['com', 'org', 'net', 'io', 'dev', 'app', 'local', 'test', 'localhost']);
/** The settings files CakePHP and the applications on it ship as `<name>.default.php` copies. */
const PHP_DEFAULT_COPIES = new Set(['app', 'app_local', 'core', 'config', 'database', 'bootstrap', 'email']);
/** Words of a PHP file's name that say it holds settings. */
const PHP_SETTINGS_WORDS = new Set(['config', 'configuration', 'settings', 'conf', 'parameters', 'env']);
/** Configuration formats, whose copies to fill in may be named with a word for an example. */
const CONFIG_EXTENSIONS = new Set(['yml', 'yaml', 'json', 'jsonc', 'json5', 'toml', 'ini', 'cfg', 'conf', 'properties', 'xml', 'config', 'tfvars']);
/** Words for a copy to fill in, as the first or last word of a configuration file's name (not `template`: AWS SAM's is real). */
const COPY_WORDS = new Set(['example', 'examples', 'sample', 'samples']);
const EXAMPLE_WORDS = new Set(['example', 'examples', 'sample', 'samples', 'demo', 'demos', 'tutorial', 'tutorials', 'playground', 'quickstart', 'quickstarts', 'starter-kit', 'snippets']);
/**
 * A demonstration project named as one word (django-helpdesk's `demodesk/`, `demoproject/`, `demosite/`); not
 * `demographics` or `democracy`.
 */
const DEMO_PROJECT = /^demo(?:app|apps|site|sites|project|projects|proj|shop|store|desk|web|server)$/;
/** A compose file named for a quickstart: `quickstart.yml`, `quickstart-standalone.yml`, `docker-compose.quickstart.yaml`. */
const QUICKSTART_STACK = /^(?:(?:docker-)?compose[.-])?quick-?start(?:[.-][\w.-]+)?\.ya?ml$/;
/** A path that names production or another deployment. */
const PRODUCTION_WORDS = /(?:^|[\/._-])(?:prod|production|staging|live)(?:[\/._-]|$)/i;
const DOC_DIRS = new Set(['docs', 'doc', 'documentation', 'guides', 'guide', 'wiki', 'man', 'manual']);
/** Names that say documentation only at the top of a repository. */
const TOP_DOC_DIRS = new Set(['document', 'documents']);
const DOC_EXTENSIONS = new Set(['md', 'mdx', 'markdown', 'rst', 'adoc', 'asciidoc', 'rdoc', 'textile', 'pod']);
/**
 * `.txt` counts as documentation only under these names: a `keys.txt` or
 * `credentials.txt` is exactly where real secrets end up.
 */
const TEXT_DOC_NAMES = /^(?:readme|changelog|changes|history|news|contributing|install|installation|usage|notes|authors|todo|faq)(?:[._-].*)?\.txt$/;
/** Name parts that mark development configuration: `settings/local.py`, `application-dev.yml`, `appsettings.Development.json`. */
const DEV_WORDS = new Set(['dev', 'devel', 'develop', 'development', 'local']);
/**
 * Folders of development environments: dev containers, DDEV's `.ddev/` (local PHP projects), a devstack (OpenStack's
 * DevStack, Open edX's: a whole platform on one developer's machine).
 */
const DEV_DIRS = new Set(['.devcontainer', 'devcontainer', '.ddev', 'dev', 'devel', 'development', 'localdev', 'devstack']);
/** What a local or development environment's folder is named for: oauth2-proxy's `contrib/local-environment/`, `dev-env/`. */
const ENVIRONMENT_WORDS = new Set(['environment', 'environments', 'env', 'setup', 'stack', 'cluster', 'compose', 'docker']);
/**
 * What else a development folder is named for, after `dev`: the project a framework's developers run (Misago's
 * `devproject/`, as `testproject/` is a test one), its server, its seed data (a `dev_seed/` folder of rake tasks),
 * its resources (Leiningen's `dev-resources/`, on the classpath of the dev profile only).
 */
const DEV_FOLDER_WORDS = new Set(['project', 'app', 'site', 'server', 'seed', 'seeds', 'resources']);
/** Whether the folder at `dirs[k]` is at a project's top: the repository's, or an engine's or a gem's (`engines/shop/`). */
function atProjectTop(dirs, k) {
    return k === 0 || (k === 2 && PROJECT_FOLDERS.has(dirs[0]));
}
const PROJECT_FOLDERS = new Set(['engines', 'gems', 'plugins', 'components', 'packages']);
/**
 * A folder of Rails seeds named for development or tests alone (gumroad's `db/seeds/030_development/`, which its
 * `seeds.rb` loads when the folder's name holds the environment's); not one that names staging or production too.
 */
function isDevelopmentSeeds(d) {
    const words = d.split(/[._-]/).filter((w) => w !== '' && !/^\d+$/.test(w));
    return words.length > 0 && words.every((w) => w === 'development' || w === 'dev' || w === 'test' || w === 'local');
}
/**
 * A folder of development settings or of a local environment: `dev/`, `.devcontainer/`, `local-environment/`,
 * `dev-stack/`, `devproject/`, `dev_seed/`. (`devtools/`, `devops/` and `devices/` are none.)
 */
function isDevDir(d) {
    if (DEV_DIRS.has(d))
        return true;
    if (d.startsWith('dev') && DEV_FOLDER_WORDS.has(d.slice(3)))
        return true;
    const words = d.split(/[._-]/);
    if (words.length !== 2)
        return false;
    if (words[0] === 'dev')
        return ENVIRONMENT_WORDS.has(words[1]) || DEV_FOLDER_WORDS.has(words[1]);
    return words[0] === 'local' && ENVIRONMENT_WORDS.has(words[1]);
}
/**
 * Configuration of local or cloud development environments: Lando, Gitpod, Vagrant's machines, and mise (`mise.toml`, `.mise.toml`,
 * `mise.local.toml`, `mise.development.toml`), whose `[env]` sets variables for developers' shells and tasks. A
 * `mise.production.toml` is another environment's. And .NET's `Properties/launchSettings.json`: the profiles `dotnet
 * run` and Visual Studio start the app with on a developer's machine, never read by a published app.
 */
const DEV_ENV_FILES = /^(?:\.lando(?:\.[\w-]+)?\.ya?ml|\.gitpod\.ya?ml|\.?mise(?:\.(?:local|dev|development))?\.toml|vagrantfile|launchsettings\.json|nodemon\.json)$/;
/**
 * An editor's run and debug configurations, which start the app on a developer's machine: VS Code's
 * `.vscode/launch.json` and `tasks.json` (the `env` a debug session runs with) and JetBrains IDEs'
 * `.idea/runConfigurations/*.xml`. Not their other settings: a data source's or a deployment server's connection
 * (`.idea/dataSources.xml`, `webServers.xml`) reaches real hosts.
 */
function isEditorRunConfiguration(name, dirs) {
    const parent = dirs[dirs.length - 1];
    return (parent === '.vscode' && (name === 'launch.json' || name === 'tasks.json')) || (parent === 'runconfigurations' && dirs[dirs.length - 2] === '.idea');
}
/**
 * The built-in context of a path (POSIX, relative to the scanned root).
 * The first match wins, in this order: documentation formats, CI workflows
 * and CI services' files, test folders, CI folders, the outermost example or
 * documentation folder, test files by name, development, then production.
 */
/** A Storybook story's file: `Button.stories.tsx`, `card.stories.mdx`, `Form.story.vue`. */
const STORY = /\.(?:stories|story)\.(?:[cm]?[jt]sx?|mdx|svelte|vue)$/;
function classifyPath(path) {
    const segments = path.toLowerCase().split('/');
    const name = segments.pop();
    const dirs = segments;
    const ext = extensionOf(name);
    // Third-party code first, whatever it holds: a dependency's README, tests and examples are its authors'. Not a git
    // directory in it: a clone's own `.git/config` holds whoever cloned it's credentials.
    if (dirs.some(isVendoredDir) && !dirs.includes('.git'))
        return VENDORED;
    // ASP.NET's `wwwroot/lib/`, where LibMan (and Bower before it) puts client libraries: the templates' bootstrap and
    // jQuery (an app's own scripts go to `wwwroot/js/`). Only what a browser loads: IIS's `wwwroot` of a PHP or classic
    // ASP site holds the site's own code there too.
    if (CLIENT_ASSET_EXTENSIONS.has(ext) && dirs.some((d, k) => d === 'lib' && dirs[k - 1] === 'wwwroot'))
        return VENDORED;
    // Django namespaces an app's static files (`static/helpdesk/vendor/timeline3/`): client libraries in a `vendor/`
    // anywhere under a folder served as it is; only what a browser loads (a marketplace's `public/vendor/` may be its
    // sellers' pages).
    if (CLIENT_ASSET_EXTENSIONS.has(ext) && dirs.some((d, k) => d === 'vendor' && dirs.slice(0, k).some((p) => STATIC_ROOTS.has(p))))
        return VENDORED;
    if (DOC_EXTENSIONS.has(ext) || TEXT_DOC_NAMES.test(name))
        return { context: 'docs', why: 'documentation' };
    if (dirs[0] === '.github' && dirs[1] === 'issue_template')
        return { context: 'example', why: 'issue template' };
    if (dirs[0] === '.github' && dirs[1] === 'workflows')
        return { context: 'ci', why: 'CI workflow' };
    if (isCiDefinition(path))
        return { context: 'ci', why: 'CI configuration' };
    // Test data is test data wherever it sits, also under `.github/` (`.github/testdata/ssl.key`). A `spec/` in the
    // documentation is its specifications, not RSpec's (Lychee's `docs/specs/`).
    // (An RSpec file there, code named as a test, is a test all the same; a spec document `server-spec.yaml` is not.)
    const specDocument = () => !(SOURCE_EXTENSIONS.has(ext) && testFileReason(name, path.slice(path.lastIndexOf('/') + 1), dirs) !== null);
    if (dirs.some((d, k) => isTestDir(d) && !(SPEC_DIRS.has(d) && dirs.slice(0, k).some(isDocDir) && specDocument()))) {
        return { context: 'test', why: 'test folder' };
    }
    // Perl's tests: a distribution's `t/` (what `make test` and `prove` run) and `xt/` (author and release tests), and
    // git's own `t/`, at the top. Deeper, `t/` is as often a route (Next.js's `app/t/[tenant]/`).
    if (dirs[0] === 't' || dirs[0] === 'xt')
        return { context: 'test', why: 'test folder' };
    // Cucumber's steps and its Ruby support code (`features/step_definitions/`, `features/support/env.rb`), and Gherkin's
    // scenarios. Not any `features/`: React and Redux apps keep their feature modules there (`src/features/support/`).
    if (dirs.some((d, k) => d === 'features' && (dirs[k + 1] === 'step_definitions' || (dirs[k + 1] === 'support' && ext === 'rb' && atProjectTop(dirs, k)))) || ext === 'feature') {
        return { context: 'test', why: 'Cucumber test' };
    }
    if (KEY_DATA_EXTENSIONS.has(ext) && dirs.some((d) => TEST_DATA_DIRS.has(d)))
        return { context: 'test', why: 'test data' };
    // Laravel's model factories make fake records for tests (and for seeders, which stay where they are). Only PHP:
    // `database/factories/` of Java or TypeScript is code that makes connections.
    if (ext === 'php' && dirs.some((d, k) => d === 'factories' && dirs[k - 1] === 'database'))
        return { context: 'test', why: 'model factories' };
    // A top-level `integration/` holds a project's integration tests (moby, containerd, pomerium): its data, keys and
    // compose files are theirs. Code there keeps its own name's verdict; a nested `deploy/integration/` is an environment.
    if (dirs[0] === 'integration' && dirs.length > 1 && !SOURCE_EXTENSIONS.has(ext))
        return { context: 'test', why: 'integration test data' };
    // Configuration under `stub/` is what tests load (Ory's `driver/config/stub/`, `cmd/serve/stub/`); code there is as
    // often a client's stub that ships (gRPC's `stub/` packages).
    if (dirs.some((d) => d === 'stub' || d === 'stubs') && !SOURCE_EXTENSIONS.has(ext))
        return { context: 'test', why: 'test stub' };
    // Molecule, Ansible's test framework: `molecule/<scenario>/molecule.yml`, `converge.yml`, `Dockerfile.j2`. Its YAML
    // and Jinja files only: not the Python package of that name, nor a components folder (Atomic Design's `molecule/`).
    if ((ext === 'yml' || ext === 'yaml' || ext === 'j2') && dirs.length >= 2 && dirs[dirs.length - 2] === 'molecule')
        return { context: 'test', why: 'Molecule test scenario' };
    // `.gitlab/`, `ci/`, and folders named for CI: GitLab's `gitlab-ci-config/`, `ci-scripts/`.
    if (dirs.some((d) => CI_DIRS.has(d) || d.split(/[._-]/).includes('ci')))
        return { context: 'ci', why: 'CI configuration' };
    // `.env.ci`, and the file a CI service's job copies to `.env` (`.env.travis`: `cp .env.travis .env`).
    if (isDotenvLike(name) && stemWords(name).some((w) => CI_SERVICES.has(w)))
        return { context: 'ci', why: 'CI configuration' };
    if (isCiSettings(name, dirs))
        return { context: 'ci', why: 'CI settings' };
    // Of example and documentation folders, the outermost decides: `docs/examples/` is documentation.
    // `document/` at the top of a repository is its documentation (mall's `document/sql/`, `document/docker/`); deeper
    // down, a folder of that name is as often an application's module (paperless's `src/documents/`).
    if (dirs.length > 0 && TOP_DOC_DIRS.has(dirs[0]))
        return { context: 'docs', why: 'documentation' };
    for (const d of dirs) {
        if (isExampleDir(d))
            return { context: 'example', why: 'example app' };
        if (isDocDir(d))
            return { context: 'docs', why: 'documentation' };
    }
    const test = testFileReason(name, path.slice(path.lastIndexOf('/') + 1), dirs);
    if (test)
        return { context: 'test', why: test };
    // Storybook's stories show components with made-up data (`Button.stories.tsx`), and `.storybook/` configures the
    // explorer that shows them: neither is the application.
    if (STORY.test(name) || dirs.includes('.storybook'))
        return { context: 'example', why: 'Storybook story' };
    // `.env.local.demo`, `demo.env`: a dotenv file for a demo is an example's configuration. (`.env.example` and
    // `.env.sample` are templates, which hold what a real file would and stay where they are.)
    if (isDotenvLike(name) && stemWords(name).some((w) => w === 'demo' || w === 'demos'))
        return { context: 'example', why: 'demo configuration' };
    // Ory's `quickstart.yml`, `quickstart-postgres.yml`: a compose stack named for a quickstart runs the project on one
    // machine to try it out (its own services in their development modes, a fake mail server).
    if (QUICKSTART_STACK.test(name) && !PRODUCTION_WORDS.test(path) && !dirs.some((d) => DEPLOYMENT_DIRS.has(d)))
        return { context: 'example', why: "a quickstart's stack" };
    // Cookiecutter's and Copier's questions with their default answers: read by the generator, not by an app, but a
    // default key ends up in each project made by pressing Enter.
    if (name === 'cookiecutter.json' || /^copier\.ya?ml$/.test(name))
        return { context: 'development', why: "a project template's default answers" };
    // Yeoman's record of a generator's answers (JHipster keeps `jwtSecretKey` there), which it reads again to regenerate
    // the project: the key it wrote into the development profiles, not one a deployment reads.
    // Not a deployment's (JHipster's `kubernetes/` and `docker-compose/` generators keep their own, with the key they
    // write into the manifests).
    if (name === '.yo-rc.json' && !dirs.some((d) => DEPLOYMENT_DIRS.has(d)))
        return { context: 'development', why: "a Yeoman generator's answers" };
    if (dirs.some(isDevDir) || isDevelopmentFile(name, dirs) || dirs.some(isLocalEnvs))
        return { context: 'development', why: 'development settings' };
    if (dirs.some((d, k) => k > 0 && dirs[k - 1] === 'seeds' && dirs[k - 2] === 'db' && isDevelopmentSeeds(d)))
        return { context: 'development', why: 'seeds for development' };
    // A copy to fill in ships what it holds to whoever copies it as it is: its placeholders are examples (the rules say
    // so), its real-looking values everyone's defaults.
    if (isConfigTemplate(name))
        return COPIED_TEMPLATE;
    return PRODUCTION;
}
/** Folders a deployment's generated manifests are written to. */
const DEPLOYMENT_DIRS = new Set(['k8s', 'kubernetes', 'kustomize', 'helm', 'docker-compose', 'openshift', 'knative', 'deploy', 'deployment', 'deployments']);
const VENDORED = { context: 'vendored', why: 'vendored third-party code' };
/**
 * Folders of third-party code copied into a repository, as package managers and GitHub's Linguist name them: Go's,
 * Composer's and Bundler's `vendor/` (Rails keeps third-party assets there too), npm's `node_modules/`, Bower's and
 * jspm's, `third_party/` and its spellings, a committed virtualenv's `site-packages/`, Godep's `Godeps/_workspace/`
 * (and, in `classifyPath`, the client libraries of ASP.NET's `wwwroot/lib/`), and a top-level `lib/external/`.
 */
const VENDORED_DIRS = new Set(['node_modules', 'bower_components', 'jspm_packages', 'third_party', 'third-party', 'thirdparty', '3rdparty', '3rd_party', '3rd-party', 'site-packages']);
/**
 * A `vendor/` of dependencies: at the root (Go, Composer, Bundler, Rails), where a project drops libraries (`lib/vendor/`,
 * `static/vendor/`), or before a Go module's host (`services/api/vendor/github.com/\u2026`) or what a package manager keeps
 * there (`vendor/bundle/`, `vendor/composer/`). Not a folder of an app's own code named for its sellers
 * (`app/controllers/vendor/`).
 */
const LIBRARY_PARENTS = new Set(['lib', 'libs', 'inc', 'includes', 'assets', 'static', 'public', 'js', 'web', 'www', 'wwwroot', 'resources']);
const VENDOR_CHILDREN = new Set(['bundle', 'gems', 'cache', 'composer', 'bin', 'autoload.php']);
/** Folders of files served as they are, under which a `vendor/` at any depth holds copied libraries. */
const STATIC_ROOTS = new Set(['static', 'public', 'assets', 'wwwroot']);
/** What a client library is made of: scripts, their maps and types, styles, fonts, images. */
const CLIENT_ASSET_EXTENSIONS = new Set(['js', 'mjs', 'cjs', 'map', 'ts', 'css', 'scss', 'sass', 'less', 'woff', 'woff2', 'ttf', 'eot', 'otf', 'svg', 'png', 'gif', 'jpg']);
function isVendoredDir(dir, k, dirs) {
    if (VENDORED_DIRS.has(dir))
        return true;
    if (dir === '_workspace')
        return dirs[k - 1] === 'godeps';
    // A project's top-level library folder's `external/`, as PHP applications keep the frameworks they copied in
    // (LibreBooking's `lib/external/Slim/`); not an app's own clients of external services further in (`src/lib/external/`).
    if (dir === 'external')
        return k === 1 && dirs[0] === 'lib' && dirs.length > 2;
    if (dir !== 'vendor')
        return false;
    const next = dirs[k + 1];
    return k === 0 || LIBRARY_PARENTS.has(dirs[k - 1]) || (next !== undefined && (next.includes('.') || VENDOR_CHILDREN.has(next)));
}
/**
 * Whether a file is in a folder of a project template that a generator renders (`{{cookiecutter.project_slug}}/`,
 * Copier's `{{ project_name }}/`): its files are copies to fill in, and the generator puts a key where its
 * placeholder is (cookiecutter-django's `!!!SET DJANGO_SECRET_KEY!!!`).
 */
function inProjectTemplate(path) {
    const dirs = path.split('/');
    dirs.pop();
    return dirs.some((d) => {
        const open = d.indexOf('{{');
        return open >= 0 && d.indexOf('}}', open + 2) > 0;
    });
}
/** cookiecutter-django's `.envs/.local/`: the settings of the local environment, beside `.envs/.production/`. */
function isLocalEnvs(dir, k, dirs) {
    return (dir === '.local' || dir === 'local') && k > 0 && /^\.?envs$/.test(dirs[k - 1]);
}
function extensionOf(name) {
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.slice(dot + 1) : '';
}
/** File extensions that say what a file is written in; other last parts (`.env.test`) are part of the name. */
const LANGUAGE_EXTENSIONS = new Set([
    'py', 'rb', 'js', 'mjs', 'cjs', 'ts', 'mts', 'cts', 'jsx', 'tsx', 'php', 'go', 'java', 'kt', 'kts', 'cs', 'scala', 'groovy',
    'swift', 'rs', 'ex', 'exs', 'json', 'jsonc', 'json5', 'yml', 'yaml', 'toml', 'ini', 'cfg', 'conf', 'xml', 'properties',
    'sh', 'bash', 'zsh', 'ps1', 'env', 'tf', 'tfvars', 'hcl', 'config',
    // Data and key files: `database_test.sqlite` (symfony/demo's test database), `server_test.key`.
    'sql', 'sqlite', 'sqlite3', 'db', 'dump', 'pem', 'key', 'crt', 'p12', 'pfx', 'jks', 'jwk',
]);
/** The name without its language extension, cut into words at `.`, `-` and `_`. */
function stemWords(name) {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 && LANGUAGE_EXTENSIONS.has(name.slice(dot + 1)) ? name.slice(0, dot) : name;
    return stem.split(/[._-]/).filter((w) => w !== '');
}
function isDotenvLike(name) {
    return name.startsWith('.env') || name.endsWith('.env') || name.startsWith('env.');
}
/** A folder's name without the underscores or the dot that hide it from a tool: Go's `_fixture`, Jekyll's `_docs`, `.examples`. */
function bare(dir) {
    if (dir.startsWith('.'))
        return DOT_HIDDEN.has(dir.slice(1)) ? dir.slice(1) : dir;
    return dir.startsWith('_') || dir.endsWith('_') ? dir.replace(/^_+|_+$/g, '') : dir;
}
/** Folders whose meaning a leading dot does not change (nextcloud's `.examples/`); a dot before most others makes a tool's folder. */
const DOT_HIDDEN = new Set(['examples', 'example', 'samples', 'docs', 'doc', 'tests', 'test', 'fixtures']);
/**
 * What a folder of test support is named for after `test`, run together as Go packages are named: gotosocial's
 * `testrig/` (the accounts and keys its tests and debug server load), `testhelpers/`, `testkit/`, `testsupport/`.
 */
const TEST_SUPPORT_WORDS = new Set(['rig', 'util', 'utils', 'helper', 'helpers', 'kit', 'support', 'harness', 'infra', 'lib', 'libs', 'env', 'common', 'tools', 'framework']);
function isTestDir(dir) {
    if (TEST_DIRS.has(dir) || TEST_DIRS.has(bare(dir)))
        return true;
    if (dir.startsWith('test') && TEST_SUPPORT_WORDS.has(dir.slice(4)))
        return true;
    const words = dir.split(/[._-]/).filter((w) => w !== '');
    return words.length > 1 && (TEST_WORDS.has(words[0]) || TEST_WORDS.has(words[words.length - 1]));
}
/** Folders named for specs: RSpec's tests, or in a documentation folder, specifications. */
const SPEC_DIRS = new Set(['spec', 'specs']);
/**
 * `docs/`, and folders named for them: `docs_src` (code the docs include), `docs-site`, `api-docs`. Not a tool named
 * for what it does to documents (`doc-import-tool`): with more words, the last says what the folder is.
 */
function isDocDir(dir) {
    if (DOC_DIRS.has(dir) || DOC_DIRS.has(bare(dir)))
        return true;
    const words = dir.split(/[._-]/).filter((w) => w !== '');
    return (words.length === 2 && DOC_DIRS.has(words[0])) || (words.length > 1 && DOC_DIRS.has(words[words.length - 1]));
}
function isExampleDir(dir) {
    if (EXAMPLE_WORDS.has(dir) || EXAMPLE_WORDS.has(bare(dir)) || DEMO_PROJECT.test(dir))
        return true;
    const words = dir.split(/[._-]/).filter((w) => w !== '');
    return words.length > 1 && (EXAMPLE_WORDS.has(words[0]) || EXAMPLE_WORDS.has(words[words.length - 1]));
}
/**
 * Why a file is a test file by its name, or null: test code (`*_test.go`,
 * `auth.spec.ts`, `test_views.py`, `UserServiceTest.java`), test settings
 * (`settings/test.py`, `settings/pytest.py`, `configuration_testing.py`, `config/environments/test.rb`,
 * `.env.testing`, `application-test.yml`, `docker-compose.e2e.yml`) and test
 * tooling's configuration (`phpunit.xml`, `pytest.ini`, `jest.config.js`).
 */
function testFileReason(lower, original, dirs) {
    if (TEST_FILES.has(lower))
        return 'test configuration';
    // A Mix environment for benchmarks (`config/bench.exs`, loaded only under `MIX_ENV=bench`).
    if (lower === 'bench.exs' && dirs[dirs.length - 1] === 'config')
        return 'test settings';
    if (/[a-z0-9](?:Test|Tests|Spec|IT)\.(?:java|kt|kts|cs|scala|groovy|swift)$/.test(original))
        return 'test code';
    const words = stemWords(lower);
    if (words.length === 0)
        return null;
    if (TEST_TOOLS.has(words[0]) && words.length > 1)
        return 'test configuration';
    const first = words[0];
    const last = words[words.length - 1];
    // `pytest` too: `settings/pytest.py` is the settings module a project's pytest runs with.
    // `testserver.py`, `testsettings.py`: the server or settings a project's tests and demos run with.
    const isTestWord = (w) => w === 'test' || w === 'tests' || w === 'testing' || w === 'pytest' || w === 'e2e' || w === 'perf' || w === 'benchmark' || w === 'smoketest' ||
        w === 'testserver' || w === 'testsettings';
    // `.env.test.local`, `test.env`: in a dotenv name every part names the environment. Laravel Dusk, the browser
    // tests, reads `.env.dusk.<environment>`.
    if (isDotenvLike(lower) && words.some((w) => isTestWord(w) || w === 'dusk'))
        return 'test settings';
    // `.env.test`, `settings.test.py`, `test_views.py`, `settings_testing.py`, `docker-compose.e2e.yml`.
    if (isTestWord(first) || isTestWord(last))
        return isSettingsLike(lower, dirs) ? 'test settings' : 'test code';
    // A kind of test as the name's last word, which a test runner's include pattern picks (langfuse's
    // `automationForm.clienttest.tsx`, `*.servertest.ts`).
    if (words.length > 1 && KIND_OF_TEST.test(last))
        return 'test code';
    // A compose stack named for the integration tests it runs: logto's `docker-compose.integration.yml`, built from its
    // `Dockerfile.integration` (a deployed environment named so has settings files, not a compose file of its own).
    if (COMPOSE_FILE.test(lower) && (last === 'integration' || words.includes('it')))
        return 'test settings';
    // A key or key store named for the tests anywhere in its name: keywhiz's `dev_and_test_keystore.p12`.
    if (KEY_DATA_EXTENSIONS.has(extensionOf(lower)) && extensionOf(lower) !== 'json' && words.some((w) => w === 'test' || w === 'tests' || w === 'testing'))
        return 'test data';
    // A database named as the tests' database anywhere in its name: openmrs's `initial_test_db.sql` (`ab_test_results`
    // is data about tests).
    if (DATABASE_EXTENSIONS.test(lower) && words.some((w, k) => (w === 'test' || w === 'tests' || w === 'testing') && TEST_DATABASE_WORDS.has(words[k + 1] ?? '')))
        return 'test data';
    // `auth.spec.ts`, `user_spec.rb`: `spec` names a test only beside another word (`spec.yaml` is an API spec);
    // so does `mock` (`auth.config.mock.ts`, `mock_store.go`: a test double). A `mock.ts` or `mocks.go` alone is the
    // test doubles of the package beside it (logto's connectors keep their mocked settings so).
    if (words.length > 1 && (last === 'spec' || last === 'specs' || last === 'mock' || first === 'mock'))
        return 'test code';
    if (words.length === 1 && (first === 'mock' || first === 'mocks'))
        return 'test code';
    // Perl's test scripts: `t/basic.t`, `t/mojo/request.t`, wherever they sit.
    if (lower.endsWith('.t') && lower.length > 2)
        return 'test code';
    // Type tests, which a type checker reads and nothing runs: TSTyche's `index.tst.ts`, tsd's `index.test-d.ts`,
    // Vitest's `index.spec-d.ts`.
    if (/\.(?:tst|test-d|spec-d)\.[cm]?[jt]sx?$/.test(lower))
        return 'test code';
    return null;
}
/** A compose file by its name: `docker-compose.yml`, `compose.integration.yaml`, `docker-compose-e2e.yml`. */
const COMPOSE_FILE = /^(?:docker-)?compose[.-][\w.-]*ya?ml$/;
/** Database files and dumps. */
const DATABASE_EXTENSIONS = /\.(?:sql|sqlite|sqlite3|db|dump)$/;
/** What follows `test` in the name of the tests' database: `test_db`, `test-database`, `test_seed`. */
const TEST_DATABASE_WORDS = new Set(['db', 'database', 'data', 'seed', 'seeds', 'dump', 'fixture', 'fixtures', 'schema']);
/** A settings module, an environment file or a Helm values file (`values-dev.yaml`), as opposed to code. */
function isSettingsLike(name, dirs) {
    return (name.startsWith('.env') ||
        // Seed data is loaded for one environment as settings are: Phoenix's `priv/repo/dev_seeds.exs`, `seeds_dev.rb`.
        /(?:settings|config|configuration|application|appsettings|compose|environment|values|seeds?(?![a-z]))/.test(name) ||
        dirs.some((d) => d === 'settings' || d === 'environments' || d === 'config' || d === 'conf' || d === 'configs'));
}
/** Formats of settings only (INI, TOML, Java properties): a file in one of them configures something. */
const CONFIG_ONLY = /\.(?:ini|cfg|conf|toml|properties)$/;
/** The development words that name an environment, and never one machine's values (`local.json` may hold real ones). */
const DEVELOPMENT_NAMES = new Set(['dev', 'devel', 'develop', 'development']);
/**
 * Settings for CI runs by name: `settings/ci.py` (a Django settings module a
 * workflow selects with `DJANGO_SETTINGS_MODULE`), `settings_ci.py`,
 * `config/environments/ci.rb`, `application-ci.yml`, `docker-compose.ci.yml`.
 */
function isCiSettings(name, dirs) {
    return namedForEnvironment(name, stemWords(name), dirs, (w) => w === 'ci');
}
/** Folders where a file named for an environment alone (`dev.py`, `development.rb`) holds that environment's settings. */
const LONE_NAME_DIRS = new Set(['settings', 'environments', 'config', 'conf', 'seeds']);
/** Folders of compose files, where a YAML file named for an environment alone (`development.yml`) is its stack. */
const COMPOSE_DIRS = new Set(['compose', 'docker']);
/**
 * Settings named for an environment: a lone `dev.py` or `ci.py` only inside a settings, config, seeds, compose or
 * Docker folder, otherwise a settings-like name (`settings_ci.py`, `application-dev.yml`, `dev_seeds.exs`) with one
 * of its words.
 */
function namedForEnvironment(name, words, dirs, isWord) {
    // A seed file named for its environment in a seeds folder (`db/seeds/development.rb`), a compose file in a
    // folder of them (`tools/compose/development.yml`, `docker/dev.yml`).
    if (words.length === 1) {
        const compose = name.endsWith('.yml') || name.endsWith('.yaml');
        if (!isWord(words[0]))
            return false;
        // Pyramid's `development.ini` beside `production.ini`, at a project's root: a settings format names its environment anywhere.
        if (CONFIG_ONLY.test(name) && DEVELOPMENT_NAMES.has(words[0]))
            return true;
        return dirs.some((d) => LONE_NAME_DIRS.has(d) || (compose && COMPOSE_DIRS.has(d)));
    }
    return words.some(isWord) && isSettingsLike(name, dirs);
}
/**
 * Development configuration by name: `settings/local.py`, `settings/dev.py`,
 * `local_settings.py`, `config/environments/development.rb`, `dev.exs`,
 * `application-dev.yml`, `appsettings.Development.json`,
 * `docker-compose.override.yml` (Compose applies it on developers' machines
 * by default), `.env.development`. A dotenv file named `local` is not one:
 * `.env.local` and `.env.development.local` are where the real values of one
 * machine go.
 */
function isDevelopmentFile(name, dirs) {
    // A Phoenix library's development server is a `dev.exs` of its own, out of `config/` (phoenix_live_dashboard's).
    if (/^(?:docker-)?compose\.override\.ya?ml$/.test(name) || DEV_ENV_FILES.test(name) || name === 'dev.exs')
        return true;
    if (isEditorRunConfiguration(name, dirs))
        return true;
    const words = stemWords(name);
    const dotenv = isDotenvLike(name);
    // `.env.local`, `.env.development.local`: one machine's real values, whatever mode they are for.
    if (dotenv && words.includes('local'))
        return false;
    // `production.local.ini`: production's, on one machine.
    if (words.some((w) => w === 'prod' || w === 'production' || w === 'staging'))
        return false;
    // A file in a format made for settings and nothing else, named for development: Pyramid's `conf/websocket-dev.ini`,
    // `nginx-dev.conf`. (Not for `local`: `credentials.local.ini` holds one machine's values, which may be real.)
    if (CONFIG_ONLY.test(name) && words.some((w) => DEVELOPMENT_NAMES.has(w)))
        return true;
    // A devstack's files, whatever they hold: Open edX's `lms/envs/devstack.py`, `devstack_common_ansible_overrides.yml`.
    if (words.includes('devstack'))
        return true;
    return namedForEnvironment(name, words, dirs, (w) => DEV_WORDS.has(w));
}


/***/ })

};
;