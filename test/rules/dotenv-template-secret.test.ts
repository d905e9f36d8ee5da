import { describe, expect, it } from 'vitest';
import { check, ruleTester } from '../helpers/rule-tester';
import { dotenvTemplateSecret } from '../../src/rules/dotenv-template-secret';
import { placeFinding } from '../../src/engine/pipeline';
import { ContextClassifier } from '../../src/core/context';
import type { RawFinding } from '../../src/rules/types';
import { fakeToken } from '../helpers/fake-tokens';
import { isWrittenPhrase } from '../../src/rules/lib/phrase';

/** A JWT with this payload, as `supabase start` and other local tools print them (the signature is not checked). */
function jwt(payload: object): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}.${'Qm7xT2wR9pK4vN8bZ3cL6yH1jF5dG0sAeU'}`;
}
const SUPABASE_DEMO = jwt({ iss: 'supabase-demo', role: 'service_role', exp: 1983812996 });
const PROJECT_JWT = jwt({ iss: 'supabase', ref: 'abcdefghijklmnopqrst', role: 'service_role', iat: 1700000000, exp: 2015576000 });

ruleTester(dotenvTemplateSecret, {
  flagged: [
    { file: '.env.example', text: 'STRIPE_SECRET_KEY=sk_live_51H8xQeLkdIwHu7ixAbCdEf12', secret: 'sk_live_51H8xQeLkdIwHu7ixAbCdEf12' },
    { file: '.env.sample', text: 'GITHUB_TOKEN=ghp_16C7e42F292c6912E7710c838347Ae178B4a', secret: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a' },
    { file: '.env.template', text: 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPL3', secret: 'AKIAIOSFODNN7EXAMPL3' },
    { file: '.env.dist', text: 'APP_SECRET="9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"', secret: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b' },
    { file: '.env.defaults', text: "SECRET_KEY='k#9vX!2mQz@7LpW4rT8yB1nC6dF3gH5j'", secret: 'k#9vX!2mQz@7LpW4rT8yB1nC6dF3gH5j', severity: 'error' },
    // errbit loads `.env.default` with `Dotenv.load`: its value is every deployment's fallback.
    { file: '.env.default', text: 'RACK_ENV=production\nSECRET_KEY_BASE=f258ed69266dc8ad0ca79363c3d2f945c388a9c5920fc9a1ae99a98fbb619f135001c6434849b625884a9405a60cd3d50fc3e3b07ecd38cbed7406a4fccdb59c', secret: 'f258ed69266dc8ad0ca79363c3d2f945c388a9c5920fc9a1ae99a98fbb619f135001c6434849b625884a9405a60cd3d50fc3e3b07ecd38cbed7406a4fccdb59c', line: 2, severity: 'error' },
    // A token as a URL's user; a legacy Sentry DSN's secret, after its public key.
    { file: '.env.example', text: 'GIT_URL=https://c1ad4e2f7b9a4c8d9e0f1a2b3c4d5e6f@github.com/acme/app.git', secret: 'c1ad4e2f7b9a4c8d9e0f1a2b3c4d5e6f' },
    { file: '.env.example', text: 'SENTRY_DSN=https://c1ad4e2f7b9a4c8d9e0f1a2b3c4d5e6f:9f8e7d6c5b4a39281706f5e4d3c2b1a0@sentry.io/12', secret: '9f8e7d6c5b4a39281706f5e4d3c2b1a0' },
    // A provider's prefix before a random body is a key.
    { file: '.env.example', text: 'LANGSMITH_API_KEY=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', secret: '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' },
    // Random keys with words in them by chance are still random: case and digits change every few characters.
    { file: '.env.example', text: 'APP_SECRET=Kx9QmLp2VtRz8NwYb4HcEa7S', secret: 'Kx9QmLp2VtRz8NwYb4HcEa7S' },
    { file: '.env.example', text: 'SESSION_SECRET=tok3ab9xkq2mz7lp4vr8wt1yb', secret: 'tok3ab9xkq2mz7lp4vr8wt1yb' },
    // A phrase that describes the value to put there is a placeholder; a generated passphrase is a phrase too, but not one.
    { file: '.env.example', text: 'MASTER_KEY=Tundra-Plaza-Mosaic-Hobby-42', secret: 'Tundra-Plaza-Mosaic-Hobby-42' },
    { file: '.env.example', text: 'SESSION_SECRET=TheQuickBrownFox1987', secret: 'TheQuickBrownFox1987' },
    { file: 'prod.env.example', text: '# comment\nexport JWT_SECRET=Zx8kQ2mN7pL4vR9tW3yB6cD1aa', secret: 'Zx8kQ2mN7pL4vR9tW3yB6cD1aa', line: 2 },
    // Letters typed at random, with a capital first or in a part of capitals, are no words.
    { file: '.env.example', text: 'JWT_SECRET=Qiprtejvxgbkjruhnbtuszzzkqwmx', secret: 'Qiprtejvxgbkjruhnbtuszzzkqwmx' },
    { file: '.env.example', text: 'SESSION_SECRET=ABCQKZWXV-mvtqslkrhpzd', secret: 'ABCQKZWXV-mvtqslkrhpzd' },
    { file: '.env.example', text: 'SIGNING_KEY=JWT-mvtqslkrhpzdgbkwq', secret: 'JWT-mvtqslkrhpzdgbkwq' },
    // A reCAPTCHA secret of the test key's shape that is not the test key.
    { file: '.env.example', text: 'RECAPTCHA_SECRET_KEY=6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWf', secret: '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWf' },
    // A text file a README copies to `.env.dev`; a Jinja template rendered into a `.env`.
    { file: 'config/.env.dev.txt', text: 'SECRET_KEY_BASE=Zx8kQ2mN7pL4vR9tW3yB6cD1aaQm7xT2wR9pK4vN8bZ3cL6yH1jF5dG0sAeU12', secret: 'Zx8kQ2mN7pL4vR9tW3yB6cD1aaQm7xT2wR9pK4vN8bZ3cL6yH1jF5dG0sAeU12' },
    { file: 'roles/app/templates/.env.j2', text: 'APP_URL={{ app_url }}\nJWT_SECRET=Zx8kQ2mN7pL4vR9tW3yB6cD1aa', secret: 'Zx8kQ2mN7pL4vR9tW3yB6cD1aa', line: 2 },
    // A `#` right after the `=`, or after a space but before no space, is part of the value.
    { file: '.env.example', text: 'JWT_SECRET= #Zx8kQ2mN7pL4vR9tW3yB6cD1aa', secret: '#Zx8kQ2mN7pL4vR9tW3yB6cD1aa' },
    { file: '.env.example', text: 'JWT_SECRET=#Zx8kQ2mN7pL4vR9tW3yB6cD1aa', secret: '#Zx8kQ2mN7pL4vR9tW3yB6cD1aa' },
    { file: 'config/.env.production.sample', text: 'APP_KEY=base64:QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVowMTIzNDU2Nzg5', secret: 'base64:QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVowMTIzNDU2Nzg5' },
    { file: '.env.example', text: 'SLACK_TOKEN=xoxb-123456789012-abcdefghijkl', secret: 'xoxb-123456789012-abcdefghijkl' },
    { file: '.env.example', text: 'DATABASE_URL=postgres://app:Zx8kQ2mN7pL4vR9tW3yB6@db.internal/app' },
    // Words with a number that say nothing about the value look generated.
    { file: '.env.example', text: 'SESSION_SECRET=correct-horse-battery-staple-42', secret: 'correct-horse-battery-staple-42' },
    // A password for this machine reaches nothing else: a notice. A one-word host may be a cluster's service.
    { file: '.env.example', text: 'PG_URL=postgres://user:myAwEsOm3pa55w0rd@localhost:5432/db', secret: 'myAwEsOm3pa55w0rd', severity: 'notice' },
    { file: '.env.production.example', text: 'DATABASE_URL=postgres://app:Zx8kQ2mN7pL4vR9tW3yB6@postgres-primary:5432/app', secret: 'Zx8kQ2mN7pL4vR9tW3yB6', severity: 'warning' },
    // …and a production server's database may well be on the same machine.
    { file: '.env.production.example', text: 'DATABASE_URL=postgres://app:Zx8kQ2mN7pL4vR9tW3yB6@localhost:5432/app', secret: 'Zx8kQ2mN7pL4vR9tW3yB6', severity: 'warning' },
    { file: '.env.sample', text: 'REDIS_URL=redis://:Zx8kQ2mN7pL4vR9tW3yB6@127.0.0.1:6379/0', secret: 'Zx8kQ2mN7pL4vR9tW3yB6', severity: 'notice' },
    // …a remote host, a token as the password and a file of defaults loaded at run time stay as they were.
    { file: '.env.example', text: 'DATABASE_URL=postgres://app:Zx8kQ2mN7pL4vR9tW3yB6@db.prod.acme.io:5432/app', secret: 'Zx8kQ2mN7pL4vR9tW3yB6', severity: 'warning' },
    { file: '.env.example', text: `GIT_URL=https://x-access-token:${fakeToken('github-pat', 'local-url')}@localhost/repo.git`, secret: fakeToken('github-pat', 'local-url'), severity: 'warning' },
    { file: '.env.defaults', text: 'DATABASE_URL=postgres://app:Zx8kQ2mN7pL4vR9tW3yB6@localhost:5432/app', secret: 'Zx8kQ2mN7pL4vR9tW3yB6', severity: 'error' },
    // 32 or 40 hex digits under *_SECRET, *_TOKEN, *_KEY: OAuth app secrets, Symfony's APP_SECRET, API keys.
    { file: '.env.example', text: 'GITHUB_CLIENT_SECRET=2c8b4f13861b099b61531c2c21d0b3064311151b', secret: '2c8b4f13861b099b61531c2c21d0b3064311151b' },
    { file: '.env.example', text: 'APP_SECRET=30d72a5e49370253a90dd21511a01900', secret: '30d72a5e49370253a90dd21511a01900' },
    { file: '.env.dist', text: 'APP_SECRET=b6b15407a6553bb1676a191fd95515da', secret: 'b6b15407a6553bb1676a191fd95515da' },
    { file: '.env.sample', text: 'MAILGUN_API_KEY=a60a35649b4a4333354a76af03c4dd52', secret: 'a60a35649b4a4333354a76af03c4dd52' },
    { file: '.env.example', text: 'TWILIO_AUTH_TOKEN=9a4c0aa06ace1b276780aaac831ba3c6', secret: '9a4c0aa06ace1b276780aaac831ba3c6' },
    { file: '.env.example', text: 'GITLAB_SECRET=5A174274B4EA452E575E02E11811E1611FBC7560', secret: '5A174274B4EA452E575E02E11811E1611FBC7560' },
    { file: '.env.sample', text: "JWT_SECRET='Zx8!qL2#vR9@tP4$wK7^nB3&'", secret: 'Zx8!qL2#vR9@tP4$wK7^nB3&' },
    // A known token format counts whatever the name.
    { file: '.env.example', text: `AWS_ACCESS_KEY_ID=${fakeToken('aws', 'template-id')}`, secret: fakeToken('aws', 'template-id') },
    { file: '.env.example', text: `STRIPE_PUBLISHABLE_KEY=${fakeToken('stripe-live', 'mixup')}`, secret: fakeToken('stripe-live', 'mixup') },
    // Template name variants.
    { file: '.env.dev-sample', text: 'SECRET_KEY=Zx8kQ2mN7pL4vR9tW3yB6cD1aa', secret: 'Zx8kQ2mN7pL4vR9tW3yB6cD1aa' },
    { file: '.env.prod.db-sample', text: 'POSTGRES_PASSWORD=Zx8kQ2mN7pL4vR9tW3yB6cD1aa', secret: 'Zx8kQ2mN7pL4vR9tW3yB6cD1aa' },
    { file: 'env.sample', text: 'JWT_SECRET=Zx8kQ2mN7pL4vR9tW3yB6cD1aa', secret: 'Zx8kQ2mN7pL4vR9tW3yB6cD1aa' },
    { file: '.env.local.example', text: 'NEXTAUTH_SECRET=Zx8kQ2mN7pL4vR9tW3yB6cD1aa', secret: 'Zx8kQ2mN7pL4vR9tW3yB6cD1aa' },
    { file: 'docker/app.env.template', text: 'API_TOKEN=Zx8kQ2mN7pL4vR9tW3yB6cD1aa', secret: 'Zx8kQ2mN7pL4vR9tW3yB6cD1aa' },
    { file: '.env-sample', text: 'API_TOKEN=Zx8kQ2mN7pL4vR9tW3yB6cD1aa', secret: 'Zx8kQ2mN7pL4vR9tW3yB6cD1aa' },
    { file: '.env.example.local', text: 'API_TOKEN=Zx8kQ2mN7pL4vR9tW3yB6cD1aa', secret: 'Zx8kQ2mN7pL4vR9tW3yB6cD1aa' },
    // A project's own service key, unlike the one every local Supabase prints.
    { file: '.env.example', text: `SUPABASE_SERVICE_ROLE_KEY=${PROJECT_JWT}`, secret: PROJECT_JWT },
    // Under a public prefix, a name that calls it private is still one.
    { file: '.env.example', text: 'NEXT_PUBLIC_API_SECRET=Zx8kQ2mN7pL4vR9tW3yB6cD1aa', secret: 'Zx8kQ2mN7pL4vR9tW3yB6cD1aa' },
  ],
  clean: [
    // A Sentry DSN's public key only submits events, and ships to every browser the app serves.
    { file: '.env.example', text: 'SENTRY_DSN=https://c1ad4e2f7b9a4c8d9e0f1a2b3c4d5e6f@o913766.ingest.sentry.io/5852156' },
    { file: '.env.example', text: 'NEXT_PUBLIC_SENTRY_DSN="https://c1ad4e2f7b9a4c8d9e0f1a2b3c4d5e6f@sentry.example.com/12"' },
    // A client token the framework publishes to the browser by its prefix (Hypertune's).
    { file: 'flags-sdk/hypertune/.env.example', text: 'NEXT_PUBLIC_HYPERTUNE_TOKEN=U2FsdGVkX1q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJa\nHYPERTUNE_ADMIN_TOKEN=' },
    // A provider's prefix before a phrase that asks for the value.
    { file: '.env.example', text: 'LANGCHAIN_API_KEY=lsv2_your_langsmith_api_key_here\nLANGSMITH_API_KEY=ls__your_langsmith_api_key\nPINECONE_API_KEY=pcsk_your_pinecone_key_here' },
    // A data source name with no password in it (PDO's), its password set apart: an address, not a secret.
    { file: 'cms/example.env', text: 'DB_DSN=pgsql:host=postgres;port=5432;dbname=project\nDB_PASSWORD=' },
    { file: '.env.example', text: 'DATABASE_DSN=mysql:host=db.internal;port=3306;dbname=shop;charset=utf8mb4' },
    // Words that say what the value is, with a number after them.
    { file: '.env.example', text: 'LOGFLARE_PRIVATE_ACCESS_TOKEN=my-cool-api-key-123' },
    // Templates of the rendered file, and a comment where the value would be.
    { file: 'roles/app/templates/.env.j2', text: 'JWT_SECRET={{ app_jwt_secret }}\nSESSION_SECRET={{ vault_session_secret | default(omit) }}' },
    { file: 'config/.env.dev.txt', text: 'SECRET_KEY_BASE= # generate with `mix phx.gen.secret`\nCIPHER_KEY=' },
    { file: '.env.example', text: 'JWT_SECRET= # Zx8kQ2mN7pL4vR9tW3yB6cD1aa is what it looks like' },
    // Where a key is kept, not the key: a key file's path, however deep.
    { file: '.env.example', text: 'BREEZ_DEVICE_KEY="/path/to/breezsdk/device.pem"  # or BASE64/HEXSTRING\nTLS_PRIVATE_KEY=/opt/App/Certs/Node-1/server.key\nJWT_SECRET_FILE=./secrets/jwt/secret.txt' },
    // An angle-bracket mark says what to put there, whatever its length.
    { file: 'docker/.env.example', text: 'JWT_SECRET=your-secret\nSTORE_ENCRYPTION_KEY=<ENCRYPTION_KEY_MUST_BE_32_LONG>' },
    { file: 'apps/api/src/.example.env', text: 'SESSION_SECRET=<generate with openssl rand -hex 32>' },
    // Values a template shows as they are: addresses, model names, the local development key every machine shares.
    { file: '.env.example', text: 'SITE_CONTACT_EMAIL=youremail@yourdomain.com\nTRANSACTION_EMAIL=youremail-OR-noreply@yourdomain.com' },
    { file: '.env.example', text: 'GROQ_MODEL=openai/gpt-oss-120b\nGROQ_VISION=qwen/qwen3.6-27b\nHUGGINGFACE_EMBEDDING_MODEL=BAAI/bge-small-en-v1.5' },
    { file: '.env.example', text: 'OPENAI_MODEL=gpt-4o-mini-2024-07-18\nAWS_REGION=eu-west-1\nS3_BUCKET=acme-assets-prod-2024' },
    { file: '.env.example', text: `SUPABASE_SERVICE_ROLE_KEY=${SUPABASE_DEMO}` },
    // reCAPTCHA's published test keys, which pass every verification (growstuff's `env-example`).
    { file: '.env.example', text: 'RECAPTCHA_SITE_KEY="' + '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"\nRECAPTCHA_SECRET_KEY="' + '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"' },
    // The Azure storage emulator's published key (langfuse's `.env.dev-azure.example`).
    { file: '.env.dev-azure.example', text: 'LANGFUSE_S3_MEDIA_UPLOAD_ACCESS_KEY_ID=devstoreaccount1\nLANGFUSE_S3_MEDIA_UPLOAD_SECRET_ACCESS_KEY=' + 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw' + '==' },
    { file: '.env.example', text: 'SECRET_KEY=' },
    // Placeholders written as a phrase, numbers and all: a person typed them, nothing generated them.
    { file: '.env.example', text: 'APP_KEY=SomeRandomStringOf32CharsExactly\nSTATIC_CRON_TOKEN=PLEASE_REPLACE_WITH_32_CHAR_CODE' },
    // Words with a JavaScript project's name or an acronym written in camel case (nestjs-prisma-starter's).
    { file: '.env.example', text: 'JWT_ACCESS_SECRET=nestjsPrismaAccessSecret\nJWT_REFRESH_SECRET=nestjsPrismaRefreshSecret\nJWT_SECRET=thisIsMyVeryLongJwtSigningSecret\nSMTP_SECRET=myNextjsSmtpSecretValue' },
    { file: '.env.example', text: 'SESSION_SECRET=a-long-random-string-of-64-chars\nJWT_SECRET=YourJWTSecretHere2024' },
    // Values that say they stand in for one: a test user's password, a development default.
    { file: '.env.example', text: 'E2E_TEST_AUTHENTICATE_USER_PASSWORD="test_Password123"\nADMIN_PASSWORD=Dev-Secret-Change-Me-9' },
    { file: '.env.example', text: 'SECRET_KEY=""' },
    { file: '.env.example', text: 'SECRET_KEY=change-me' },
    { file: '.env.example', text: 'SECRET_KEY=your-secret-key-here' },
    { file: '.env.example', text: 'STRIPE_SECRET_KEY=sk_live_xxx' },
    { file: '.env.example', text: 'JWT_SECRET=<generate with openssl rand -hex 32>' },
    { file: '.env.example', text: 'API_TOKEN=${API_TOKEN}' },
    { file: '.env.example', text: 'DATABASE_URL=postgres://user:password@localhost/app' },
    { file: '.env.example', text: 'APP_URL=https://example.com/some/long/path/here' },
    { file: '.env.example', text: 'PORT=3000\nDEBUG=true\nLOG_LEVEL=info' },
    { file: '.env.example', text: '# SECRET_KEY=Zx8kQ2mN7pL4vR9tW3yB6cD1aa' },
    { file: '.env.sample', text: 'SECRET_KEY=replace-with-a-long-random-string' },
    { file: '.env.example', text: 'API_TOKEN=$API_TOKEN\nSECRET_KEY=%env(SECRET_KEY)%\nJWT_SECRET="${JWT_SECRET_FROM_VAULT:-}"' },
    { file: '.env.example', text: 'DATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8"' },
    { file: '.env.example', text: 'RABBITMQ_URL=amqp://guest:guest@localhost:5672\nMAILER_DSN=null://null' },
    { file: '.env.example', text: 'COMPOSE_PROJECT_NAME=shop\nFLASK_APP=app.py' },
    // Identifiers are not secrets: account SIDs, ids, public and site keys.
    { file: '.env.example', text: 'TWILIO_ACCOUNT_SID=AC2c8b4f13861b099b61531c2c21d0b306' },
    { file: '.env.example', text: 'TWILIO_SID=AC2c8b4f13861b099b61531c2c21d0b306' },
    { file: '.env.example', text: 'GITHUB_CLIENT_ID=2c8b4f13861b099b6153' },
    { file: '.env.example', text: 'FACEBOOK_APP_ID=30d72a5e49370253a90dd21511a01900' },
    { file: '.env.example', text: 'STRIPE_ACCOUNT=acct_1Zx8kQ2mN7pL4vR9tW' },
    { file: '.env.example', text: 'AZURE_TENANT_ID=3f2504e0-4f89-41d3-9a0c-0305e82c3301' },
    { file: '.env.example', text: 'ALGOLIA_PUBLIC_KEY=30d72a5e49370253a90dd21511a01900' },
    { file: '.env.example', text: 'STRIPE_PUBLISHABLE_KEY=pk_test_Zx8kQ2mN7pL4vR9tW3yB6cD1aaQ' },
    { file: '.env.example', text: 'RECAPTCHA_SITE_KEY=b6b15407a6553bb1676a191fd95515da' },
    { file: '.env.example', text: 'PUSHER_APP_KEY=b6b15407a6553bb1676a191fd95515da' },
    // Hex that is not a key: wrong length, a non-key name, counting runs, too few digits.
    { file: '.env.example', text: 'APP_SECRET=30d72a5e49370253a90dd21511a0190' },
    { file: '.env.example', text: 'CACHE_PREFIX=30d72a5e49370253a90dd21511a01900' },
    { file: '.env.example', text: 'APP_SECRET=0123456789abcdef0123456789abcdef' },
    { file: '.env.example', text: 'APP_SECRET=00000000000000000000000000000000' },
    { file: '.env.example', text: 'API_KEY=abababababababababababababababab' },
    { file: '.env.example', text: 'APP_SECRET=deadbeefdeadbeefdeadbeefdeadbeef' },
    // Not a template: the dotenv-file rule covers real dotenv files.
    { file: '.env', text: 'STRIPE_SECRET_KEY=sk_live_51H8xQeLkdIwHu7ixAbCdEf12' },
    { file: 'README.md', text: 'STRIPE_SECRET_KEY=sk_live_51H8xQeLkdIwHu7ixAbCdEf12' },
    { file: '.env.example', text: 'STRIPE_SECRET_KEY=sk_live_51H8xQeLkdIwHu7ixAbCdEf12', status: 'ignored' },
    { file: '.env.vault', text: 'DOTENV_VAULT_PRODUCTION="Zx8kQ2mN7pL4vR9tW3yB6cD1aa"' },
    { file: 'env.example.js', text: "module.exports = { JWT_SECRET: 'Zx8kQ2mN7pL4vR9tW3yB6cD1aa' }" },
  ],
});

describe('dotenv-template-secret: position and message', () => {
  it('points at the value and names the key, not the value', () => {
    const [f] = check(dotenvTemplateSecret, { file: '.env.example', text: 'PORT=1\n  JWT_SECRET="Zx8kQ2mN7pL4vR9tW3yB6cD1aa" # real' });
    expect(f).toMatchObject({ line: 2, column: 15, endColumn: 41, key: 'JWT_SECRET' });
    expect(f!.message).toContain('JWT_SECRET');
    expect(f!.message).not.toContain('Zx8k');
  });
});

describe('dotenv-template-secret: where values are made up', () => {
  const place = (f: RawFinding, path: string) => placeFinding({ ...f, path, status: 'tracked' }, 'warning', 'secret', new ContextClassifier())!;
  it("an example app's template asks whether the value is real; an app's own says to rotate it", () => {
    const text = 'JWT_SECRET=Zx8kQ2mN7pL4vR9tW3yB6cD1aa';
    const [f] = check(dotenvTemplateSecret, { file: 'examples/app/.env.example', text });
    expect(place(f!, 'examples/app/.env.example').message).toBe(
      '`JWT_SECRET` in the template `.env.example` looks like a real secret, not a placeholder. If it is made up for this use, it can stay; if it is ' +
        'a real key, replace it with a placeholder and rotate it. (notice: example app)',
    );
    expect(place(f!, '.env.example').message).toBe('`JWT_SECRET` in the template `.env.example` looks like a real secret, not a placeholder. Replace it with a placeholder and rotate the key.');
  });
});

describe('dotenv-template-secret: phrases', () => {
  /** A seeded generator, so that the keys (and the test) are the same at every run. */
  function keys(alphabet: string, length: number, count: number): string[] {
    let x = 0x2545f491;
    const next = () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) / 0x100000000;
    };
    return Array.from({ length: count }, () => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
  }
  const LOWER = 'abcdefghijklmnopqrstuvwxyz';
  const UPPER = LOWER.toUpperCase();

  it.each([
    ['base62', UPPER + LOWER + '0123456789'],
    ['lower case and digits', LOWER + '0123456789'],
    ['upper case and digits', UPPER + '0123456789'],
    ['base64url', UPPER + LOWER + '0123456789-_'],
  ])('hardly any random %s key of 24 characters or more reads as a phrase', (_, alphabet) => {
    // About one key of 24 characters in 20,000 does (one in 70 of them is already too plain for the entropy floor).
    for (const length of [24, 32, 48]) {
      const phrases = keys(alphabet, length, 20000).filter(isWrittenPhrase);
      expect(phrases.length, phrases.join(' ')).toBeLessThanOrEqual(length === 24 ? 2 : 0);
    }
  });

  it.each([
    'SomeRandomStringOf32CharsExactly',
    'PLEASE_REPLACE_WITH_32_CHAR_CODE',
    'a-long-random-string-of-64-chars',
    'YourJWTSecretHere2024',
    'use-a-long-random-value-here',
    // A count's plus, and a project's short name first (dotnet-starter-kit's development key).
    'fsh-dev-only-do-not-use-in-prod-32+chars-min',
    'at-least-32+-characters-long',
  ])('%s reads as a phrase', (value) => {
    expect(isWrittenPhrase(value)).toBe(true);
  });

  it.each(['Zx8kQ2mN7pL4vR9tW3yB6cD1aa', 'tok3ab9xkq2mz7lp4vr8wt1yb', 'JWTSecret', 'SecretKey2024x', 'Of32chars', 'dev-only+use-it', 'my-fsh-dev-only-key', 'fshdev-only-key-here'])('%s does not', (value) => {
    expect(isWrittenPhrase(value)).toBe(false);
  });
});

describe("dotenv-template-secret: a private key's armour in a template", () => {
  const begin = '-----BEGIN ' + 'RSA PRIVATE KEY-----';
  const end = '-----END ' + 'RSA PRIVATE KEY-----';
  it('is a key when key material follows its BEGIN line, joined by escapes or spaces', () => {
    for (const text of [`PRIVATE_KEY="${begin}\\n${fakeToken('pem-line', 't1')}\\n${end}"`, `PRIVATE_KEY="${begin} ${fakeToken('pem-line', 't2')} ${end}"`]) {
      expect(check(dotenvTemplateSecret, { file: '.env.example', text }).length, text).toBe(1);
    }
  });
  it('is no key around nothing, a hint, or the first bytes every RSA key starts with', () => {
    for (const text of [`PRIVATE_KEY="${begin}\\n${end}"`, `PRIVATE_KEY="${begin}\\n<your key here>\\n${end}"`, `PRIVATE_KEY="${begin}\\nMIIEpAIBAAKCAQEA${end}"`]) {
      expect(check(dotenvTemplateSecret, { file: '.env.example', text }), text).toEqual([]);
    }
  });
});
