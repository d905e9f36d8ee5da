import { beforeAll, describe, expect, it } from 'vitest';
import { cappedSeverity, classifyPath, ContextClassifier, SEVERITY_CAPS } from '../../src/core/context';
import { emptyStats, FindingCollector, placeFinding, ruleSettings } from '../../src/engine/pipeline';
import { RULES } from '../../src/rules';
import { contextOverrides, loadGlobs } from '../../src/core/globs';

beforeAll(() => loadGlobs(['*']));
import type { PathFinding } from '../../src/rules/types';
import type { ScanOptions } from '../../src/engine/types';
import type { ContextName } from '../../src/core/types';
import { fakeToken } from '../helpers/fake-tokens';

describe('classifyPath', () => {
  const table: [string, ContextName][] = [
    // CI: the services' own files, and what sits in CI folders.
    ['.github/workflows/test.yml', 'ci'],
    ['.github/workflows/deploy.yaml', 'ci'],
    ['.github/actions/setup/action.yml', 'ci'],
    ['.github/docker-compose.yml', 'ci'],
    ['.gitlab-ci.yml', 'ci'],
    ['.travis.yml', 'ci'],
    ['.circleci/config.yml', 'ci'],
    ['azure-pipelines.yml', 'ci'],
    ['bitbucket-pipelines.yml', 'ci'],
    ['Jenkinsfile', 'ci'],
    ['jenkins/Jenkinsfile.release', 'ci'],
    ['.ci/docker-compose.yml', 'ci'],
    // Storybook: stories and the explorer's configuration; a component beside them stays the application's.
    ['web/src/components/ApiKeyDialog.stories.tsx', 'example'],
    ['src/ui/Card.story.vue', 'example'],
    ['.storybook/preview.ts', 'example'],
    ['web/src/components/ApiKeyDialog.tsx', 'production'],
    ['src/history.stories.json', 'production'],
    ['ci/config.env', 'ci'],
    ['.env.ci', 'ci'],
    // The file a CI service's job copies to `.env`.
    ['.env.travis', 'ci'],
    ['config/.env.circleci', 'ci'],
    // Tests: folders, test code, test settings, test tooling.
    ['tests/settings.py', 'test'],
    ['src/test/resources/application.yml', 'test'],
    ['spec/support/keys.rb', 'test'],
    ['app/__tests__/auth.js', 'test'],
    ['pkg/testdata/config.yaml', 'test'],
    ['fixtures/app.py', 'test'],
    ['integration-tests/docker-compose.yml', 'test'],
    // Keys and data in stub folders are test data; code there may ship. `integration/` is as often an environment.
    ['cmd/stub/rsa.key', 'test'],
    ['oryx/jwtmiddleware/stub/jwks.json', 'test'],
    ['deploy/integration/tls.key', 'production'],
    // A top-level `integration/` holds integration tests: its data is theirs; its code keeps its own name's verdict.
    ['integration/clusters/single/compose.yml', 'test'],
    ['integration/tpl/files/trusted-key.pem', 'test'],
    ['integration/authorize_test.go', 'test'],
    ['integration/helpers.go', 'production'],
    ['internal/integration/stripe/client.go', 'production'],
    ['internal/integration/stripe/config.yml', 'production'],
    ['src/Sylius/Behat/Page/Admin/UpdatePage.php', 'test'],
    // Test doubles: mock folders, and files named as mocks.
    ['backend/src/config/mock/auth.config.mock.ts', 'test'],
    // Type tests: a type checker reads them, nothing runs them.
    ['types/index.tst.ts', 'test'],
    ['types/index.test-d.ts', 'test'],
    ['src/client.spec-d.ts', 'test'],
    ['types/index.d.ts', 'production'],
    ['src/api/spec.d.ts', 'production'],
    ['deploy/helm/values-tst.yaml', 'production'],
    ['config/appsettings.tst.json', 'production'],
    ['src/first.ts', 'production'],
    ['internal/store/mocks/store.go', 'test'],
    ['src/services/payment.mock.ts', 'test'],
    ['pkg/auth/mock_verifier.go', 'test'],
    ['src/mockingbird/config.ts', 'production'],
    ['packages/connectors/connector-alipay-web/src/mock.ts', 'test'],
    // Folders of a local environment: development.
    ['contrib/local-environment/oauth2-proxy.cfg', 'development'],
    ['dev-env/compose.yml', 'development'],
    ['local-stack/config.yaml', 'development'],
    ['deploy/environment/config.yaml', 'production'],
    ['local/settings.py', 'production'],
    // A framework's development project and seed data by their folder's name; tools and operations are no development.
    ['devproject/settings.py', 'development'],
    ['dev_project/settings.py', 'development'],
    ['devsite/settings.py', 'development'],
    ['lib/tasks/dev_seed/default_settings.rake', 'development'],
    ['lib/tasks/devel/defaults.rake', 'development'],
    ['devtools/settings.py', 'production'],
    ['devops/app.yml', 'production'],
    ['devices/config.py', 'production'],
    ['myproject/settings.py', 'production'],
    ['lib/tasks/seed/default_settings.rake', 'production'],
    ['db/seeds.rb', 'production'],
    ['local_project/settings.py', 'production'],
    // Pyramid's `development.ini` at a project's root, and a settings format with a development word in its name.
    ['development.ini', 'development'],
    ['.cookiecutter/includes/development.ini', 'development'],
    ['conf/websocket-dev.ini', 'development'],
    ['nginx-dev.conf', 'development'],
    ['production.ini', 'production'],
    ['conf/websocket.ini', 'production'],
    ['local.ini', 'production'],
    ['local.json', 'production'],
    ['dev.py', 'production'],
    ['development.rb', 'production'],
    ['deploy/app-dev.yml', 'production'],
    ['credentials.local.ini', 'production'],
    ['production.local.ini', 'production'],
    ['conf/production-dev.ini', 'production'],
    // Cargo's benchmarks.
    ['benches/hmac.rs', 'test'],
    ['internal/auth/mocks.go', 'test'],
    ['src/mockery.ts', 'production'],
    ['stub/src/main/java/io/grpc/stub/ClientCalls.java', 'production'],
    ['app/integration/slack.py', 'production'],
    ['e2e/docker-compose.yml', 'test'],
    ['cypress/support/commands.js', 'test'],
    ['playwright/global-setup.ts', 'test'],
    ['auth/jwt_test.go', 'test'],
    ['src/auth.test.ts', 'test'],
    ['src/auth.spec.js', 'test'],
    ['app/test_settings.py', 'test'],
    ['spec/models/user_spec.rb', 'test'],
    // A `specs/` folder in the documentation holds specifications; RSpec's anywhere else, tests of the docs too.
    ['docs/specs/2-how-to/docker-compose/docker-compose.demo.yaml', 'docs'],
    ['doc/spec/api.yml', 'docs'],
    ['spec/docs/sample.yml', 'test'],
    ['docs/tests/conf.yml', 'test'],
    ['docs/spec/models/user_spec.rb', 'test'],
    ['docs/spec/server-spec.yaml', 'docs'],
    // Common dot-folders keep their own meaning.
    ['.github/dependabot.yml', 'ci'],
    ['.demo/compose.yml', 'production'],
    ['.prod/compose.yml', 'production'],
    ['src/main/java/app/UserServiceTest.java', 'test'],
    ['myproject/settings/test.py', 'test'],
    ['kuma/settings/pytest.py', 'test'],
    // Folders hidden from a tool by underscores: Go's `_fixture`, `_examples`; Jekyll's `_docs`.
    ['_fixture/certs/key.pem', 'test'],
    ['internal/_testdata/server.key', 'test'],
    ['_examples/oauth/main.go', 'example'],
    // Hidden by a dot: nextcloud's `.examples/`.
    ['.examples/docker-compose/insecure/postgres/apache/compose.yaml', 'example'],
    ['.docs/setup.yml', 'docs'],
    // Configuration under `stub/` is what tests load; code there keeps its own verdict (gRPC's stubs ship).
    ['driver/config/stub/.kratos.passkey.yaml', 'test'],
    ['cmd/serve/stub/kratos.yml', 'test'],
    // `document/` and `documents/` say documentation at the top of a repository only.
    ['document/sql/mall.sql', 'docs'],
    ['documents/deploy/docker-compose.yml', 'docs'],
    ['src/documents/settings.py', 'production'],
    ['app/document/config.yml', 'production'],
    ['_docs/setup.html', 'docs'],
    ['_config/secrets.go', 'production'],
    ['lib/__init__.py', 'production'],
    ['app/settings_pytest.py', 'test'],
    ['netbox/netbox/configuration_testing.py', 'test'],
    ['config/environments/test.rb', 'test'],
    ['config/test.exs', 'test'],
    ['phpunit.xml', 'test'],
    ['phpunit.xml.dist', 'test'],
    ['pytest.ini', 'test'],
    ['tox.ini', 'test'],
    ['runtests.py', 'test'],
    ['quicktest.py', 'test'],
    ['run.py', 'production'],
    ['deployment/compose/dredd/base.yml', 'test'],
    ['scripts/k6/api.js', 'test'],
    ['jest.config.js', 'test'],
    ['vitest.config.ts', 'test'],
    ['.env.test', 'test'],
    ['.env.testing', 'test'],
    ['.env.test.local', 'test'],
    ['.env.dusk.local', 'test'],
    ['.env.dusk.example', 'test'],
    ['.env.dusk', 'test'],
    ['testserver.py', 'test'],
    ['testproject/settings.py', 'test'],
    ['testsettings.py', 'test'],
    ['testimonials.py', 'production'],
    ['unit/mycert.pfx', 'test'],
    ['acceptance/mycert.pfx', 'test'],
    ['test/Ocelot.UnitTests/appsettings.json', 'test'],
    ['src/Api.IntegrationTests/appsettings.json', 'test'],
    ['app/src/integrationTest/resources/application.yml', 'test'],
    ['lib/src/testFixtures/java/Keys.java', 'test'],
    ['internal/suites/OIDC/configuration.yml', 'test'],
    ['src/units/converter.py', 'production'],
    ['gitlab-ci-config/gitlab-com.yml', 'ci'],
    ['scripts/ci-tools/deploy.sh', 'ci'],
    ['src/circle/ci.py', 'production'],
    // Settings for CI runs: wger's `settings/ci.py`, selected by its workflow.
    ['settings/ci.py', 'ci'],
    ['myproject/settings_ci.py', 'ci'],
    ['config/environments/ci.rb', 'ci'],
    ['src/main/resources/application-ci.yml', 'ci'],
    ['docker-compose.ci.yml', 'ci'],
    ['app/ci.py', 'production'],
    ['lib/ci_helpers.py', 'production'],
    // DefectDojo's `unittests/`: the tools' saved reports its parser tests read.
    ['unittests/scans/snyk/report.json', 'test'],
    ['unittest/conf.py', 'test'],
    ['src/__snapshots__/config.test.ts.snap', 'test'],
    ['oryx/jwksx/.snapshots/TestFetcherNext-case=with_cache.json', 'test'],
    // Laravel's model factories are test data; its seeders, and factories elsewhere, are not.
    ['database/factories/PrivateKeyFactory.php', 'test'],
    ['modules/billing/database/factories/InvoiceFactory.php', 'test'],
    ['database/seeders/PrivateKeySeeder.php', 'production'],
    ['src/main/java/com/acme/factories/KeyFactory.java', 'production'],
    ['src/main/java/com/acme/database/factories/DataSourceFactory.java', 'production'],
    ['src/database/factories/connection.factory.ts', 'production'],
    // gRPC-Java and Google's clients ship production code in `stub/`.
    ['src/main/java/com/acme/payments/stub/PaymentsClient.java', 'production'],
    // Data and key files named for tests: symfony/demo's test database.
    ['data/database_test.sqlite', 'test'],
    ['certs/server_test.key', 'test'],
    ['data/database.sqlite', 'production'],
    // A database named for tests anywhere in its name; code so named is not.
    ['initial_test_db.sql', 'test'],
    ['db/app_test_seed.sqlite3', 'test'],
    ['data/latest_db.sql', 'production'],
    ['app/bench.py', 'production'],
    ['src/config.latest.ts', 'production'],
    ['src/contest.ts', 'production'],
    ['src/workbench.py', 'production'],
    ['db/prod_benchmark_2024.sql', 'production'],
    ['db/prod_ab_test_2024.sql', 'production'],
    ['data/covid_test_results.sql', 'production'],
    ['data/app-test-database.sqlite', 'test'],
    ['src/run_test_server.py', 'production'],
    ['db/latest.dump', 'production'],
    ['src/testcases/Login.java', 'test'],
    ['dev-values.yaml', 'development'],
    ['charts/app/values-dev.yaml', 'development'],
    ['charts/app/values.yaml', 'production'],
    ['phpunit.xml.dist', 'test'],
    ['docker-compose.test.yml', 'test'],
    ['src/main/resources/application-test.yml', 'test'],
    ['appsettings.Testing.json', 'test'],
    // Examples and documentation.
    ['examples/session/index.js', 'example'],
    ['example/app.py', 'example'],
    ['samples/web/appsettings.json', 'example'],
    ['demo/config.php', 'example'],
    // Documentation's sample apps (Ktor's `codeSnippets/snippets/auth-jwt-hs256/`).
    ['codeSnippets/snippets/auth-jwt-hs256/src/main/resources/_application.yaml', 'example'],
    ['examples/tutorial/flaskr/__init__.py', 'example'],
    // Travis CI's scripts and settings, which `.travis.yml` moves into place for a build.
    ['.travis/.env', 'ci'],
    ['.travis/setup.sh', 'ci'],
    ['spring-samples/petclinic/application.yml', 'example'],
    ['.github/ISSUE_TEMPLATE/bug_report.yml', 'example'],
    ['.env.local.demo', 'example'],
    ['benchmarks/settings.py', 'test'],
    ['perf.rake', 'test'],
    // A Mix environment for benchmarks, loaded only under `MIX_ENV=bench`.
    ['config/bench.exs', 'test'],
    ['web/src/features/automations/components/automationForm.clienttest.tsx', 'test'],
    ['web/src/server/api.servertest.ts', 'test'],
    ['internal-packages/testcontainers/src/webapp.ts', 'test'],
    ['scripts/smoketest_configuration.py', 'test'],
    ['.github/testdata/ssl.key', 'test'],
    ['.ci/tests/settings.py', 'test'],
    ['docs_src/security/tutorial004.py', 'docs'],
    ['website/api-docs/auth.js', 'docs'],
    ['README.md', 'docs'],
    ['.github/CONTRIBUTING.md', 'docs'],
    ['docs/deploy.yml', 'docs'],
    ['doc/setup.sh', 'docs'],
    ['guides/source/security.md', 'docs'],
    ['guides/bug_report_templates/action_controller.rb', 'docs'],
    ['index.rst', 'docs'],
    ['manual.adoc', 'docs'],
    ['README.txt', 'docs'],
    // Development configuration.
    ['myproject/settings/local.py', 'development'],
    // Development environments: DDEV, Lando, Gitpod.
    ['.ddev/config.yaml', 'development'],
    ['.ddev/docker-compose.redis.yaml', 'development'],
    ['.lando.yml', 'development'],
    ['.lando.local.yml', 'development'],
    ['.gitpod.yml', 'development'],
    ['lando.yml', 'production'],
    // mise's `[env]` is for developers' shells and tasks; another environment's file is that environment's.
    ['mise.toml', 'development'],
    ['.mise.toml', 'development'],
    ['mise.local.toml', 'development'],
    ['mise.production.toml', 'production'],
    ['promise.toml', 'production'],
    // Molecule's scenarios test an Ansible role; the Python package named so is code.
    ['molecule/default/molecule.yml', 'test'],
    ['roles/nas/molecule/default/converge.yml', 'test'],
    ['molecule/default/Dockerfile.j2', 'test'],
    ['src/molecule/config.py', 'production'],
    ['molecule/molecule.yml', 'production'],
    ['src/components/molecule/Card/Card.module.css', 'production'],
    // A project template's questions and default answers (Cookiecutter, Copier): read by the generator only.
    ['cookiecutter.json', 'development'],
    ['copier.yml', 'development'],
    ['copier.yaml', 'development'],
    ['config/cookiecutter.json.bak', 'production'],
    // A compose stack named for a quickstart (Ory's), not the code or settings of one.
    ['quickstart.yml', 'example'],
    ['quickstart-postgres.yml', 'example'],
    ['docker-compose.quickstart.yaml', 'example'],
    ['quickstart.py', 'production'],
    ['config/quickstarter.yml', 'production'],
    ['deploy/quickstart-production.yml', 'production'],
    ['k8s/quickstart.yaml', 'production'],
    ['app/settings.json', 'production'],
    ['myproject/settings/dev.py', 'development'],
    ['myproject/settings/development.py', 'development'],
    ['local_settings.py', 'development'],
    ['config/environments/development.rb', 'development'],
    ['config/dev.exs', 'development'],
    // A Phoenix library's development server (phoenix_live_dashboard's `dev.exs`), wherever it is.
    ['dev.exs', 'development'],
    ['tools/dev.exs', 'development'],
    ['dev.py', 'production'],
    ['.env.development', 'development'],
    ['.env.dev', 'development'],
    ['docker-compose.override.yml', 'development'],
    ['docker-compose.dev.yml', 'development'],
    ['compose.dev.yaml', 'development'],
    ['.devcontainer/docker-compose.yml', 'development'],
    ['src/main/resources/application-dev.yml', 'development'],
    ['appsettings.Development.json', 'development'],
    ['webpack.config.dev.js', 'development'],
    // Seed data for development: Phoenix's `priv/repo/dev_seeds.exs`, a seeds folder's `development.rb`.
    ['priv/repo/dev_seeds.exs', 'development'],
    ['db/seeds_development.rb', 'development'],
    ['db/seeds/development.rb', 'development'],
    ['prisma/seed.dev.ts', 'development'],
    // Compose files named for their environment in a folder of them.
    ['tools/compose/development.yml', 'development'],
    ['docker/dev.yml', 'development'],
    ['docker/ci.yml', 'ci'],
    // Third-party code, whatever it holds: a Go module's Makefile and sample config, a Composer package's README and
    // tests, an npm package's `.env`, a committed virtualenv.
    ['vendor/github.com/minio/minio-go/v7/Makefile', 'vendored'],
    ['vendor/github.com/minio/minio-go/v7/pkg/credentials/config.json.sample', 'vendored'],
    ['services/api/vendor/golang.org/x/crypto/README.md', 'vendored'],
    ['data/web/inc/lib/vendor/firebase/php-jwt/README.md', 'vendored'],
    ['data/web/inc/lib/vendor/bshaffer/oauth2-server-php/test/config/keys/id_rsa', 'vendored'],
    ['node_modules/some-package/.env', 'vendored'],
    ['web/static/bower_components/jquery/src/ajax.js', 'vendored'],
    // Django's namespaced static files: `static/<app>/vendor/`.
    ['src/helpdesk/static/helpdesk/vendor/timeline3/js/timeline.js', 'vendored'],
    ['app/services/vendor/client.py', 'production'],
    ['public/admin/vendor/config.php', 'production'],
    // A demonstration project named as one word, not a word that starts like one.
    ['demodesk/config/settings.py', 'example'],
    ['demographics/settings.py', 'production'],
    ['third_party/mongoose/examples/server.pem', 'vendored'],
    ['src/3rdparty/sqlite/test/keys.c', 'vendored'],
    ['venv/lib/python3.11/site-packages/django/conf/global_settings.py', 'vendored'],
    ['Godeps/_workspace/src/github.com/x/y/config.go', 'vendored'],
    // Wrangler's `.dev.vars` holds one machine's real values, as `.env.local` does.
    ['worker/.dev.vars', 'production'],
    // cookiecutter-django's local environment, beside its production one.
    ['.envs/.local/.django', 'development'],
    ['{{cookiecutter.project_slug}}/.envs/.local/.postgres', 'development'],
    ['.envs/.production/.django', 'production'],
    ['src/local/config.py', 'production'],
    // Vagrant's machines are development environments.
    ['Vagrantfile', 'development'],
    ['infra/vagrant/Vagrantfile', 'development'],
    // Only test words name a key store the tests': an e2e or perf word may name a service.
    ['certs/gateway-e2e-primary.pem', 'production'],
    // Leiningen's dev profile resources; a key store named for the tests; load tests.
    ['dev-resources/ecdsa-key.pem', 'development'],
    ['src/main/resources/dev_and_test_keystore.p12', 'test'],
    ['loadtest/generate_targets.py', 'test'],
    ['config/latest-contest.json', 'production'],
    ['certs/testimonial.pem', 'production'],
    // Test support named as Go names its packages.
    ['testrig/testmodels.go', 'test'],
    ['internal/testhelpers/keys.go', 'test'],
    ['pkg/testkit/server.ts', 'test'],
    ['testimonials/config.py', 'production'],
    ['testament/config.py', 'production'],
    // A clone's own git directory is whoever cloned it's; a folder named for sellers is the app's.
    ['vendor/github.com/x/y/.git/config', 'production'],
    ['app/controllers/vendors/payouts_controller.rb', 'production'],
    ['app/controllers/vendor/payouts_controller.rb', 'production'],
    ['apps/vendor/.env.production', 'production'],
    ['src/main/java/com/acme/vendor/Config.java', 'production'],
    ['services/api/vendor/github.com/x/y/config.go', 'vendored'],
    ['static/vendor/jquery/jquery.js', 'vendored'],
    ['backend/vendor/composer/installed.json', 'vendored'],
    ['src/_workspace/config.go', 'production'],
    ['BTCPayServer/wwwroot/vendor/summernote/summernote-bs5.js.map', 'vendored'],
    ['src/Web/wwwroot/lib/jquery/dist/jquery.js', 'vendored'],
    ['src/Web/wwwroot/lib/bootstrap/dist/css/bootstrap.min.css.map', 'vendored'],
    // IIS's `wwwroot` of a PHP site: its `lib/` is the site's own code.
    ['wwwroot/lib/config.inc.php', 'production'],
    ['src/Web/wwwroot/js/site.js', 'production'],
    ['src/lib/config.js', 'production'],
    // Perl's tests: `t/`, `xt/`, `*.t`; a devstack (a platform on one developer's machine); .NET's launch profiles.
    ['t/mojo/request.t', 'test'],
    ['t/certs/server.key', 'test'],
    ['xt/author/pod.t', 'test'],
    ['lib/Mojo/Server.t', 'test'],
    // Deeper, `t/` is as often a route: Next.js's `app/t/[tenant]/`.
    ['src/app/t/[tenantId]/settings/page.tsx', 'production'],
    ['src/app/api/t/[id]/route.ts', 'production'],
    ['lib/App/t.pm', 'production'],
    ['lib/App/tt/config.yml', 'production'],
    // Cucumber's steps, their support code and Gherkin's scenarios; not an app's feature modules.
    ['features/step_definitions/community_steps.rb', 'test'],
    ['features/support/env.rb', 'test'],
    ['engines/shop/features/support/paths.rb', 'test'],
    ['features/checkout.feature', 'test'],
    // Rails seeds by environment: development's alone, not one shared with staging.
    ['db/seeds/030_development/mobile_oauth_application.rb', 'development'],
    ['db/seeds/01_dev/users.rb', 'development'],
    ['db/seeds/local/users.rb', 'development'],
    ['db/seeds/02_test_development/users.rb', 'development'],
    ['db/seeds/development/users.rb', 'development'],
    ['db/seeds/020_development_staging/users.rb', 'production'],
    ['db/seeds/030_staging/mobile_oauth_application.rb', 'production'],
    ['db/seeds/production/users.rb', 'production'],
    ['src/features/auth/authSlice.ts', 'production'],
    ['src/features/support/SupportPage.tsx', 'production'],
    ['app/features/support/tickets.rb', 'production'],
    ['deploy/features/support/secrets.rb', 'production'],
    ['docker/devstack_common_ansible_overrides.yml', 'development'],
    ['lms/envs/devstack.py', 'development'],
    ['lms/envs/production.py', 'production'],
    ['devstack/local.conf', 'development'],
    ['provision/devstack/settings.yml', 'development'],
    ['src/Web/Properties/launchSettings.json', 'development'],
    ['src/Web/appsettings.json', 'production'],
    // Folders named for documentation, and a tool named for what it does to documents.
    ['docs-site/config.js', 'docs'],
    ['docs_src/tutorial/main.py', 'docs'],
    ['api-docs/openapi.yml', 'docs'],
    ['dev/doc-import-tool/package.json', 'development'],
    ['tools/doc-import-tool/src/index.ts', 'production'],
    // A compose stack named for the integration tests it runs; not an environment's settings so named.
    ['docker-compose.integration.yml', 'test'],
    ['compose.it.yaml', 'test'],
    ['config/environments/integration.rb', 'production'],
    ['docker-compose.yml', 'production'],
    // Frameworks copied into a top-level library folder's `external/`; not an app's own clients further in.
    ['lib/external/Slim/Slim.php', 'vendored'],
    ['lib/external/payment_gateway.rb', 'production'],
    ['public/external/config.php', 'production'],
    ['src/lib/external/stripe.ts', 'production'],
    ['external/api.go', 'production'],
    // nodemon's configuration and an editor's settings run on a developer's machine only.
    ['nodemon.json', 'development'],
    ['.vscode/launch.json', 'development'],
    ['.vscode/tasks.json', 'development'],
    ['.idea/runConfigurations/Server.xml', 'development'],
    // An editor's connections to real hosts are not.
    ['.vscode/settings.json', 'production'],
    ['.idea/dataSources.xml', 'production'],
    ['.idea/webServers.xml', 'production'],
    ['src/nodemon.js', 'production'],
    ['src/vscode/launch.ts', 'production'],
    ['IdentityServer/v7/Quickstarts/1_ClientCredentials/src/IdentityServer/keys/is-signing-key.json', 'example'],
  ];
  it.each(table)('%s → %s', (path, expected) => {
    expect(classifyPath(path).context).toBe(expected);
  });

  it.each([
    'settings.py',
    'myproject/settings/production.py',
    'myproject/settings/base.py',
    'src/app/config.ts',
    'config/environments/production.rb',
    'config/secrets.yml',
    'Dockerfile',
    'docker-compose.yml',
    'docker-compose.prod.yml',
    '.env',
    '.env.production',
    '.env.local', // where one machine's real values go: not a development file
    '.env.example', // a template: judged as one, wherever it is
    '.env.sample',
    '.env.development.local',
    'prod.env',
    'latest/app.py',
    'contest/settings.py',
    'attest.go',
    'credentials.txt',
    'keys.txt',
    'requirements.txt',
    'docker/docs.py', // only folders named docs count, not files
    'spec.yaml', // an API spec, not a test
    'protest_test_data.json',
    'devise.rb',
    'config/initializers/devise.rb',
    'src/templates/settings.py',
    'app/models/sample_rate.py',
    'deploy/k8s/secret.yaml',
    // Seeds the release runs, and names that only hold the letters.
    'priv/repo/seeds.exs',
    'db/seeds/production.rb',
    'src/seedling_dev_tools.py',
    'lib/dev_portal/session.ex',
    'tools/compose/production.yml',
    'tools/dev.yml',
    // Code and scripts in a Docker folder keep the verdict of their own names.
    'internal/docker/local.go',
    'docker/scripts/local.sh',
  ])('%s is production', (path) => {
    expect(classifyPath(path).context).toBe('production');
  });

  it('says why in a few words', () => {
    expect(classifyPath('.github/workflows/ci.yml').why).toBe('CI workflow');
    expect(classifyPath('examples/a/app.js').why).toBe('example app');
    expect(classifyPath('myproject/settings/test.py').why).toBe('test settings');
    // A copy to fill in is production's (what it holds ships to whoever copies it), and says so.
    expect(classifyPath('charts/app/values.example.yaml')).toEqual({ context: 'production', why: 'a configuration template, copied as it is into deployments' });
    expect(classifyPath('config/secrets.yml.example').why).toBe('a configuration template, copied as it is into deployments');
    expect(classifyPath('config/settings.yml').why).toBe('no part of its path says test, example, docs, CI, build or development');
  });
});

describe('ContextClassifier', () => {
  it('lets the configuration override the built-in classification', () => {
    const c = new ContextClassifier(contextOverrides({ production: ['.github/workflows/deploy.yml'], test: ['qa/**'] }));
    expect(c.of('.github/workflows/deploy.yml')).toEqual({ context: 'production', why: 'set by `contexts:` in the configuration', configured: true });
    expect(c.of('.github/workflows/test.yml').context).toBe('ci');
    expect(c.of('qa/settings.py').context).toBe('test');
    expect(c.of('app/settings.py').context).toBe('production');
  });
});

describe('severity policy', () => {
  it('caps chosen secrets by context and leaves live tokens alone', () => {
    expect(cappedSeverity('error', 'secret', 'production')).toBe('error');
    expect(cappedSeverity('error', 'secret', 'development')).toBe('warning');
    expect(cappedSeverity('warning', 'secret', 'development')).toBe('warning');
    expect(cappedSeverity('notice', 'secret', 'development')).toBe('notice');
    for (const c of ['test', 'ci', 'build', 'example', 'docs'] as const) expect(cappedSeverity('error', 'secret', c)).toBe('notice');
    for (const c of Object.keys(SEVERITY_CAPS.token) as ContextName[]) expect(cappedSeverity('error', 'token', c)).toBe('error');
    expect(cappedSeverity('error', 'private-key', 'test')).toBe('notice');
    expect(cappedSeverity('error', 'private-key', 'production')).toBe('error');
    expect(cappedSeverity('error', 'private-key', 'build')).toBe('error');
    for (const c of ['development', 'ci', 'example'] as const) expect(cappedSeverity('error', 'private-key', c)).toBe('warning');
    expect(cappedSeverity('error', 'private-key', 'docs')).toBe('error');
    for (const c of ['production', 'development', 'ci', 'build', 'example', 'docs'] as const) expect(cappedSeverity('error', 'login-key', c)).toBe('error');
    expect(cappedSeverity('error', 'login-key', 'test')).toBe('notice');
    expect(cappedSeverity('error', 'git-artifact', 'test')).toBe('notice');
    expect(cappedSeverity('error', 'git-artifact', 'production')).toBe('error');
    // Vendored code: its authors' chosen values, keys and databases are notices; a live token stays
    // live, and a git artifact is this repository's own doing.
    expect(cappedSeverity('error', 'secret', 'vendored')).toBe('notice');
    expect(cappedSeverity('error', 'data', 'vendored')).toBe('notice');
    expect(cappedSeverity('error', 'private-key', 'vendored')).toBe('notice');
    expect(cappedSeverity('error', 'login-key', 'vendored')).toBe('notice');
    expect(cappedSeverity('error', 'token', 'vendored')).toBe('error');
    expect(cappedSeverity('error', 'git-artifact', 'vendored')).toBe('error');
  });
});

const finding = (path: string, over: Partial<PathFinding> = {}): PathFinding => ({
  path,
  status: 'tracked',
  line: 1,
  message: '`SECRET_KEY` is set to a hardcoded string literal.',
  secret: 'k3#9vQ!xT2@pLm8$wRz5^nB7&cYd4*hJ',
  ...over,
});

describe('placeFinding', () => {
  const contexts = new ContextClassifier();
  const place = (f: PathFinding, policy: 'secret' | 'token' = 'secret', c = contexts) => placeFinding(f, 'error', policy, c);

  it('leaves findings in production code alone, naming the context', () => {
    const out = place(finding('app/settings.py'))!;
    expect(out.severity).toBeUndefined();
    expect(out.context).toBe('production');
    expect(out.message).toBe('`SECRET_KEY` is set to a hardcoded string literal.');
  });

  it('tells a dependency\'s value it may be made up, and why it is a notice', () => {
    const out = place({ ...finding('vendor/github.com/acme/sdk/config.go'), madeUpMessage: 'made up' })!;
    expect(out).toMatchObject({ severity: 'notice', context: 'vendored', message: 'made up (notice: vendored third-party code)' });
  });

  it('lowers by context and says why', () => {
    const ci = place(finding('.github/workflows/test.yml'))!;
    expect(ci).toMatchObject({ severity: 'notice', context: 'ci' });
    expect(ci.message).toMatch(/\(notice: CI workflow\)$/);
    const dev = place(finding('config/settings/local.py'))!;
    expect(dev).toMatchObject({ severity: 'warning', context: 'development' });
    expect(dev.message).toMatch(/\(warning: development settings\)$/);
    const test = place({ path: 'test/fixtures/.env', status: 'tracked', message: '`.env` is tracked.' })!;
    expect(test).toMatchObject({ severity: 'notice', context: 'test' });
  });

  it('uses the section a rule names inside production or development files, not inside tests', () => {
    const build = place(finding('Dockerfile', { context: 'build', contextWhy: 'build-only value' }))!;
    expect(build).toMatchObject({ severity: 'notice', context: 'build' });
    expect(build.message).toMatch(/\(notice: build-only value\)$/);
    const inTests = place(finding('tests/docker/Dockerfile', { context: 'build', contextWhy: 'build-only value' }))!;
    expect(inTests.context).toBe('test');
  });

  it('lets the configuration win over a section', () => {
    const c = new ContextClassifier(contextOverrides({ production: ['Dockerfile'] }));
    const out = place(finding('Dockerfile', { context: 'build', contextWhy: 'build-only value' }), 'secret', c)!;
    expect(out.severity).toBeUndefined();
    expect(out.context).toBe('production');
  });

  it('gives the made-up message where a chosen value is made up for the occasion, and only there', () => {
    const over = { madeUpMessage: '`SECRET_KEY` is hardcoded. If the value is made up for this use, it can stay.' };
    for (const path of ['tests/settings.py', '.github/workflows/ci.yml', 'examples/app/settings.py', 'docs/setup.md']) {
      const out = place(finding(path, over))!;
      expect(out.message, path).toMatch(/^`SECRET_KEY` is hardcoded\. If the value is made up for this use, it can stay\. \(notice: /);
      expect(out).not.toHaveProperty('madeUpMessage');
    }
    const build = place(finding('Dockerfile', { ...over, context: 'build', contextWhy: 'build-only value' }))!;
    expect(build.message).toBe('`SECRET_KEY` is hardcoded. If the value is made up for this use, it can stay. (notice: build-only value)');
    // Production and development values may be real ones: the rule's own advice (rotate) stays.
    for (const path of ['app/settings.py', 'config/settings/local.py']) {
      const out = place(finding(path, over))!;
      expect(out.message, path).toMatch(/^`SECRET_KEY` is set to a hardcoded string literal\.( \(warning: development settings\))?$/);
      expect(out).not.toHaveProperty('madeUpMessage');
    }
    // A live token works wherever it is written: its advice does not change in a test.
    const token = place(finding('tests/conftest.py', { ...over, secret: fakeToken('ghp', 'x') }), 'token')!;
    expect(token.message).toBe('`SECRET_KEY` is set to a hardcoded string literal.');
    // A private key's made-up message is used where the policy lowers a key (a test, a CI job, an example, a
    // development setup); in the docs or a build, what trusts it may be live.
    for (const path of ['tests/conftest.py', 'ci/keys/server.key', 'examples/tls/server.key', '.devcontainer/server.key']) {
      const key = place(finding(path, { ...over, policy: 'private-key' }))!;
      expect(key.message, path).toMatch(/^`SECRET_KEY` is hardcoded\. If the value is made up for this use, it can stay\. \((?:notice|warning): /);
    }
    const docsKey = place(finding('docs/tls/server.key', { ...over, policy: 'private-key' }))!;
    expect(docsKey.message).toBe('`SECRET_KEY` is set to a hardcoded string literal.');
    // A key that logs in is lowered, and told it may be made up, in a test only: in a CI job or an example it may log in.
    const loginKey = place(finding('tests/conftest.py', { ...over, policy: 'login-key' }))!;
    expect(loginKey.message).toMatch(/^`SECRET_KEY` is hardcoded\. If the value is made up for this use, it can stay\. \(notice: /);
    for (const path of ['ci/keys/deploy_key', 'examples/deploy_key']) {
      expect(place(finding(path, { ...over, policy: 'login-key' }))!.message, path).toBe('`SECRET_KEY` is set to a hardcoded string literal.');
    }
  });

  it('keeps live tokens at error wherever they are', () => {
    for (const path of ['.github/workflows/ci.yml', 'tests/conftest.py', 'examples/app.js', 'docs/setup.md']) {
      const out = place(finding(path, { secret: fakeToken('ghp', path) }), 'token')!;
      expect(out.severity).toBeUndefined();
    }
  });

  it('drops placeholders in documentation', () => {
    expect(place(finding('README.md', { secret: 'changeme' }))).toBeNull();
    expect(place(finding('docs/setup.md', { secret: 'your-secret-key-here' }))).toBeNull();
    expect(place(finding('README.md', { secret: 'AKIA' + 'IOSFODNN7EXAMPLE' }), 'token')).toBeNull();
    expect(place(finding('README.md', { secret: 'gh' + 'p_' + 'x'.repeat(36) }), 'token')).toBeNull();
    // A placeholder spelt with signs for letters, or with a number after it, as docs write an example password (documenso's
    // `p@ss#word`, percent-encoded in a URL); outside docs it is a weak password people use.
    for (const secret of ['p%40ss%23word', 'p@ss#word', 'P@ssw0rd123', 's3cr3t']) expect(place(finding('docs/database.mdx', { secret })), secret).toBeNull();
    expect(place(finding('config/database.yml', { secret: 'P@ssw0rd123' }))!.severity).toBeUndefined();
    expect(place(finding('docs/database.mdx', { secret: 'Zq8s@T2vBJw5' }))).not.toBeNull();
    // A key's body cut short with `xxxx` where it stops is a docs placeholder; a key whose random body holds four x's is not.
    for (const policy of ['private-key', 'login-key'] as const) {
      expect(place(finding('docs/gcp.md', { secret: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCxxxx', policy, key: 'pem-private-key' }))).toBeNull();
      expect(place(finding('docs/gcp.md', { secret: `MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwgg${'SjAgEAAoIBAQCxXxx'}q8Zr2LmVx0TbWn4KpYs7HdJ3`, policy, key: 'pem-private-key' }))).not.toBeNull();
    }
  });

  it('keeps placeholders in tests, as notices', () => {
    expect(place(finding('tests/conftest.py', { secret: 'changeme' }))!.severity).toBe('notice');
  });

  it("drops a token in its documentation's placeholder shape where a test, a CI job, a build or an example needs one", () => {
    const awsId = 'AKIA' + 'IOSFODNN7EXAMPLE';
    const awsSecret = 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYEXAMPLEKEY';
    for (const path of ['tests/test_s3.py', '.github/workflows/mysql.yml', 'examples/s3/main.go']) {
      expect(place(finding(path, { secret: awsId, severity: 'notice' }), 'token'), path).toBeNull();
      expect(place(finding(path, { secret: awsSecret, severity: 'notice' }), 'token'), path).toBeNull();
    }
    const build = place(finding('Dockerfile', { secret: awsId, severity: 'notice', context: 'build', contextWhy: 'build-only value' }), 'token');
    expect(build).toBeNull();
    // In the code that ships it is still a notice: a token may have been meant to go there.
    expect(place(finding('app/storage.py', { secret: awsId, severity: 'notice' }), 'token')!.severity).toBe('notice');
    // A live token in a test stays, and so does a placeholder a chosen secret's rule reports.
    expect(place(finding('tests/test_s3.py', { secret: fakeToken('ghp', 'live') }), 'token')).not.toBeNull();
    expect(place(finding('.github/workflows/ci.yml', { secret: 'changeme' }))!.severity).toBe('notice');
  });

  it('does not touch a finding that is already at or below the cap', () => {
    const out = place(finding('tests/a.py', { severity: 'notice' }))!;
    expect(out.message).toBe('`SECRET_KEY` is set to a hardcoded string literal.');
  });
});

describe('FindingCollector applies the context policy to every rule', () => {
  const collect = (files: Record<string, string>, opts: Pick<ScanOptions, 'contexts'> = {}) => {
    const c = new FindingCollector(RULES, ruleSettings({}, contextOverrides(opts.contexts)), emptyStats());
    for (const [path, text] of Object.entries(files)) {
      const body = Buffer.from(text);
      c.addFile({ path, status: 'plain', head: body.subarray(0, 8192), body, size: body.length });
    }
    return c.finish().findings;
  };
  const key = "SECRET_KEY = 'k3#9vQ!xT2@pLm8$wRz5^nB7&cYd4*hJ'";

  it('errors in code, notices in tests, CI and docs, nothing for doc placeholders, tokens at error', () => {
    const token = fakeToken('npm', 'context');
    const findings = collect({
      'app/settings.py': key,
      'tests/settings.py': key,
      'tests/fixtures/.env': 'SECRET_KEY=abc',
      'docs/install.md': `Set NPM_TOKEN to a token such as ${token}.`,
      'README.md': 'AWS_ACCESS_KEY_ID=' + 'AKIA' + 'IOSFODNN7EXAMPLE',
    });
    const summary = findings.map((f) => `${f.path} ${f.ruleId} ${f.severity} ${f.context}`);
    expect(summary).toEqual([
      'app/settings.py hardcoded-secret-key error production',
      'docs/install.md known-token error docs',
      'tests/fixtures/.env dotenv-file notice test',
      'tests/settings.py hardcoded-secret-key notice test',
    ]);
    for (const f of findings) expect(f.message).not.toContain(token);
  });

  it('takes the configured contexts', () => {
    const files = { '.github/workflows/deploy.yml': `env:\n  DJANGO_SECRET_KEY: 'k3#9vQ!xT2@pLm8wRz5^nB7&cYd4*hJ'\n` };
    expect(collect(files).map((f) => [f.severity, f.context])).toEqual([['notice', 'ci']]);
    expect(collect(files, { contexts: { production: ['.github/workflows/deploy.yml'] } }).map((f) => [f.severity, f.context])).toEqual([
      ['error', 'production'],
    ]);
  });
});

describe('docs/rules/README.md prints the policy table', () => {
  it('says for every context and kind what SEVERITY_CAPS says', async () => {
    const { readFileSync } = await import('node:fs');
    const index = readFileSync(new URL('../../docs/rules/README.md', import.meta.url), 'utf8');
    const section = index.slice(index.indexOf('## Severity policy'));
    const rows = section.split('\n').filter((l) => /^\| `[a-z]+` \|/.test(l));
    const columns = ['secret', 'token', 'private-key', 'login-key', 'git-artifact', 'data'] as const;
    const cell = (cap: string | null) => (cap === null ? 'as the rule' : cap === 'warning' ? 'at most `warning`' : `\`${cap}\``);
    const table = Object.fromEntries(
      rows.map((r) => {
        const cells = r.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, '').trim());
        return [cells[0]!.replace(/`/g, ''), cells.slice(2)];
      }),
    );
    expect(Object.keys(table)).toEqual(['production', 'development', 'test', 'ci', 'build', 'example', 'docs', 'vendored']);
    for (const [context, cells] of Object.entries(table)) {
      expect(cells, context).toEqual(columns.map((c) => cell(SEVERITY_CAPS[c][context as ContextName])));
    }
  });
});
