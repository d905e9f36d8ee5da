import { describe, expect, it } from 'vitest';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { check, ruleTester } from '../helpers/rule-tester';
import { fakeToken, pemMarker, withChecksum, crc32Bitwise } from '../helpers/fake-tokens';
import { COVERS, knownToken } from '../../src/rules/known-token';
import { findTokens, isExampleToken, PREFIX_LITERALS, TOKEN_FORMATS } from '../../src/rules/lib/token-formats';
import { AWS_SECRET_ACCESS_KEY, NAMED_FORMATS } from '../../src/rules/lib/named-tokens';
import { base62, crc32, hasCrc32Checksum } from '../../src/rules/lib/checksum';
import { RULES } from '../../src/rules/index';
import { ruleMarkdown, rulePage } from '../../src/report/rule-docs';
import { runCli } from '../helpers/cli';
import { emptyStats, FindingCollector, placeFinding, ruleSettings } from '../../src/engine/pipeline';
import { ContextClassifier } from '../../src/core/context';

const aws = fakeToken('aws');
const awsTemp = fakeToken('aws-temp');
const awsSecret = fakeToken('aws-secret');
const ghp = fakeToken('ghp');
const gho = fakeToken('gho');
const ghu = fakeToken('ghu');
const ghs = fakeToken('ghs');
const ghr = fakeToken('ghr');
const ghsStateless = fakeToken('github-installation');
const fineGrained = fakeToken('github-pat');
const glpat = fakeToken('glpat');
const glpatRoutable = fakeToken('glpat-routable');
const gldt = fakeToken('gitlab-deploy');
const glrt = fakeToken('gitlab-runner');
const slackBot = fakeToken('slack-bot');
const slackUser = fakeToken('slack-user');
const slackApp = fakeToken('slack-app');
const slackHook = fakeToken('slack-webhook');
const stripe = fakeToken('stripe-live');
const stripeRestricted = fakeToken('stripe-restricted');
const stripeTest = fakeToken('stripe-test');
const openai = fakeToken('openai');
const openaiLegacy = fakeToken('openai-legacy');
const anthropic = fakeToken('anthropic');
const google = fakeToken('google');
// Two of the keys every YouTube page and app carries (the web and Android clients'), written in two parts.
const youtubeWeb = 'AIzaSyAO_FJ2SlqU8Q4STE' + 'HLGCilw_Y9_11qcW8';
const youtubeAndroid = 'AIzaSyA8eiZmM1FaDVjRy-' + 'df2KTyQ_vz_yYM39w';
const googleOauth = fakeToken('google-oauth');
const npm = fakeToken('npm');
const pypi = fakeToken('pypi');
const sendgrid = fakeToken('sendgrid');
const shopify = fakeToken('shopify');
const linear = fakeToken('linear');
const hf = fakeToken('huggingface');
const groq = fakeToken('groq');
const vercel = fakeToken('vercel');
const vercelLegacy = fakeToken('vercel-legacy');
const notion = fakeToken('notion');
const databricks = fakeToken('databricks');
const grafanaSa = fakeToken('grafana-sa');
const figma = fakeToken('figma');
const cloudflare = fakeToken('cloudflare');
const cloudflareLegacy = fakeToken('cloudflare-legacy');
const azureKey = fakeToken('azure-storage');
const dockerPat = fakeToken('docker-pat');
const tailscale = fakeToken('tailscale');
const onePassword = fakeToken('onepassword');
const vault = fakeToken('vault');
const twilioSk = fakeToken('twilio-sk');
const twilioToken = fakeToken('twilio-token');
const discord = fakeToken('discord');
const telegram = fakeToken('telegram');
const pemLine = fakeToken('pem-line');
const rsaBegin = pemMarker('BEGIN', 'RSA PRIVATE KEY');
const rsaEnd = pemMarker('END', 'RSA PRIVATE KEY');

const pem = (label: string) => [pemMarker('BEGIN', label), pemLine, pemLine.slice(0, 40), pemMarker('END', label)].join('\n');
/** The first line of a DER body: its first bytes as given, then filler bytes (48 bytes, 64 base64 characters). */
const derLine = (...head: number[]) => Buffer.concat([Buffer.from(head), Buffer.from('q8Zr4nM2xV7bL1cK9pT3wY6hF0dS5gJaE3uWq8Zr4nM2xV7bL1cK9pT3')]).subarray(0, 48).toString('base64');
/** A certificate's: SEQUENCE, SEQUENCE (to be signed), `[0]` version 3. */
const certificateLine = derLine(0x30, 0x82, 0x04, 0x10, 0x30, 0x82, 0x02, 0xf8, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14);
/** PKCS#8's: SEQUENCE, INTEGER 0, the algorithm; an encrypted PKCS#8 key's: SEQUENCE, SEQUENCE, OID (PBES2). */
const pkcs8Line = derLine(0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7);
const encryptedLine = derLine(0x30, 0x82, 0x05, 0x0e, 0x30, 0x40, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d);
/** The same token with its last character changed: a checksum that no longer adds up. */
const badChecksum = (t: string) => t.slice(0, -1) + (t.endsWith('a') ? 'b' : 'a');
const b64 = (s: string) => Buffer.from(s).toString('base64');
const azureConn = `DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${azureKey};EndpointSuffix=core.windows.net`;
const grafanaCloud = 'gl' + 'c_' + b64(`{"o":"123456","n":"stack-77-token","k":"${fakeToken('groq').slice(4, 28)}","m":{"r":"prod-eu-west-0"}}`);
const grafanaLegacy = b64(`{"k":"${fakeToken('groq').slice(4, 36)}","n":"deploy","id":412}`);
const discordHook = 'https://discord.com/api/' + 'webhooks/1123581321345589144/' + fakeToken('groq').slice(4) + fakeToken('groq', 'more').slice(4, 20);

ruleTester(knownToken, {
  flagged: [
    // AWS
    { file: '.env', text: `AWS_ACCESS_KEY_ID=${aws}`, secret: aws },
    { file: 'deploy.sh', text: `#!/bin/sh\nexport AWS_ACCESS_KEY_ID="${awsTemp}"`, secret: awsTemp, line: 2 },
    { file: 'deploy.sh', text: `export AWS_SECRET_ACCESS_KEY="${awsSecret}"`, secret: awsSecret },
    { file: 'home/.aws/credentials', text: `[default]\naws_access_key_id = ${aws}\naws_secret_access_key = ${awsSecret}`, secret: awsSecret, line: 3 },
    { file: 'infra/provider.tf', text: `provider "aws" {\n  access_key = "${aws}"\n  secret_key = "${awsSecret}"\n}`, secret: awsSecret, line: 3 },
    // Terraform's AWS provider and S3 backend name their secret access key `secret_key`, the key id maybe a variable.
    { file: 'infra/main.tf', text: `provider "aws" {\n  region     = "us-east-1"\n  access_key = var.key_id\n  secret_key = "${awsSecret}"\n}`, secret: awsSecret, line: 4 },
    { file: 'src/Storage.cs', text: `var client = new AmazonS3Client("${aws}", "${awsSecret}", RegionEndpoint.EUWest1);`, secret: awsSecret },
    { file: 'credentials.csv', text: `User name,Access key ID,Secret access key\ndeploy,${aws},${awsSecret}`, secret: awsSecret, line: 2 },
    { file: 'config.json', text: `{"aws": {"secretAccessKey": "${awsSecret}"}}`, secret: awsSecret },
    // GitHub
    { file: 'settings.py', text: `GITHUB_TOKEN = '${ghp}'`, secret: ghp },
    { file: 'oauth.json', text: `{"access_token": "${gho}"}`, secret: gho },
    { file: 'app.ts', text: `const token = "${ghu}";`, secret: ghu },
    { file: 'ci.log.txt', text: `using ${ghs} for the checkout`, secret: ghs },
    { file: 'refresh.yml', text: `refresh_token: ${ghr}`, secret: ghr },
    { file: 'deploy.sh', text: `git clone https://x-access-token:${ghsStateless}@github.com/org/repo.git`, secret: ghsStateless },
    { file: '.npmrc', text: `//npm.pkg.github.com/:_authToken=${fineGrained}`, secret: fineGrained },
    { file: 'README.md', text: `Use \`${ghp}\` to log in.`, secret: ghp, context: 'docs', severity: 'error' },
    { file: 'tests/fixtures/config.yml', text: `token: ${ghp}`, secret: ghp, context: 'test', severity: 'error' },
    // GitLab
    { file: '.gitlab-ci.yml', text: `variables:\n  GL_TOKEN: ${glpat}`, secret: glpat, line: 2 },
    { file: 'config.toml', text: `token = "${glpatRoutable}"`, secret: glpatRoutable },
    { file: 'deploy.sh', text: `docker login -u gitlab+deploy-token-1 -p ${gldt} registry.gitlab.com`, secret: gldt },
    { file: 'config.toml', text: `[[runners]]\n  token = "${glrt}"`, secret: glrt, line: 2 },
    // Slack
    { file: 'slack.py', text: `client = WebClient(token="${slackBot}")`, secret: slackBot },
    { file: 'notify.sh', text: `curl -H "Authorization: Bearer ${slackUser}" https://slack.com/api/chat.postMessage`, secret: slackUser },
    { file: 'socket.js', text: `const app = new App({ appToken: '${slackApp}', socketMode: true });`, secret: slackApp },
    { file: 'alert.sh', text: `curl -X POST -d '{"text":"deployed"}' ${slackHook}`, secret: slackHook.slice('https://'.length) },
    // Stripe
    { file: 'billing.rb', text: `Stripe.api_key = '${stripe}'`, secret: stripe },
    { file: 'stripe.env', text: `STRIPE_RESTRICTED=${stripeRestricted}`, secret: stripeRestricted },
    { file: 'shop/settings.py', text: `STRIPE_API_KEY = "${stripeTest}"`, secret: stripeTest, severity: 'notice' },
    // OpenAI, Anthropic
    { file: 'bot.py', text: `client = OpenAI(api_key="${openai}")`, secret: openai },
    { file: 'legacy.js', text: `const openai = new OpenAI({ apiKey: '${openaiLegacy}' });`, secret: openaiLegacy },
    { file: 'agent.py', text: `client = anthropic.Anthropic(api_key="${anthropic}")`, secret: anthropic },
    // Google
    { file: 'server/geo.py', text: `GEOCODER_KEY = "${google}"`, secret: google },
    // A key the Maps JavaScript API's loader takes is loaded by every browser that shows the page: public by design, a
    // notice. One named for Maps may be a browser's or a server's: a warning that says both.
    { file: 'index.html', text: `<script src="https://maps.googleapis.com/maps/api/js?key=${google}&callback=init"></script>`, secret: google, severity: 'notice' },
    { file: 'src/map.ts', text: `const apiKey = '${google}';\nscript.src = \`https://maps.googleapis.com/maps/api/js?libraries=places&key=\${apiKey}\`;`, secret: google, line: 1, severity: 'notice' },
    { file: 'ui/src/app/map-models.ts', text: `export const defaultSettings = {\n  gmApiKey: '${google}',\n};`, secret: google, line: 2, severity: 'warning' },
    { file: '.env', text: `GOOGLE_MAPS_API_KEY=${google}`, secret: google, severity: 'warning' },
    { file: 'backend/appsettings.json', text: `{\n  "map": {\n    "googleMaps": {\n      "key": "${google}"\n    }\n  }\n}`, secret: google, line: 4, severity: 'warning' },
    { file: 'config/ui.json', text: `{\n  "googleMaps":\n  {\n    "key": "${google}"\n  }\n}`, secret: google, line: 4, severity: 'warning' },
    { file: 'data/widget_types/map.json', text: `{"descriptor": "{\\"settings\\":{\\"provider\\":\\"google-map\\",\\"gmApiKey\\":\\"${google}\\"}}"}`, secret: google, severity: 'warning' },
    { file: 'src/models/map.models.ts', text: `export const defaultGoogleMapLayerSettings: GoogleMapLayerSettings = {\n  provider: MapProvider.google,\n  layerType: GoogleLayerType.roadmap,\n  apiKey: '${google}'\n};`, secret: google, line: 4, severity: 'warning' },
    { file: 'src/providers/google-map.ts', text: `private loadGoogle(callback: () => void, apiKey = '${google}') {`, secret: google, severity: 'warning' },
    { file: 'templates/map.html', text: `<script src="https://maps.googleapis.com/maps/api/js?libraries=places&amp;key=${google}"></script>`, secret: google, severity: 'notice' },
    // A Keycloak realm export's generated symmetric keys, by their provider; a placeholder is none.
    { file: 'keycloak/realm-export.json', text: '{\n  "components": {\n    "org.keycloak.keys.KeyProvider": [\n      {\n        "name": "hmac-generated",\n        "providerId": "hmac-generated",\n        "config": {\n          "kid": [ "587f0fb5" ],\n          "secret": [\n            "PuH8Lxh9GeNfGJRDk34SWIlBDdrJpC3U3SfcxqqQtlIf2DBzRKUu8VbDVrmMN5b5"\n          ],\n          "algorithm": [ "HS256" ]\n        }\n      }\n    ]\n  }\n}', secret: 'PuH8Lxh9GeNfGJRDk34SWIlBDdrJpC3U3SfcxqqQtlIf2DBzRKUu8VbDVrmMN5b5', line: 10 },
    { file: 'keycloak/realm-export.json', text: '{ "providerId": "aes-generated", "config": { "secret": [ "yH6M3W7aOgh2_cKJ0srWbw" ] } }', secret: 'yH6M3W7aOgh2_cKJ0srWbw', line: 1 },
    // A key in a compose service named for tests, or of a project named for them, is a test's.
    { file: 'infra/docker-compose.yml', text: `name: auth-tests\nservices:\n  gotrue:\n    image: supabase/auth\n    environment:\n      GOTRUE_JWT_KEYS: '[{"kty":"oct","k":"${'Z7-AyPyChGNcQsX16cPBV-pPBo4q-zckDxkq1VZjATo'}"}]'`, secret: 'Z7-AyPyChGNcQsX16cPBV-pPBo4q-zckDxkq1VZjATo', line: 6, severity: 'notice' },
    // A browser library's own key in a vendored copy of it: its authors'. A vendored server library's key stays.
    { file: 'src/helpdesk/static/helpdesk/vendor/timeline3/js/timeline.js', text: `return"https://sheets.googleapis.com/v4/spreadsheets/"+t+"/values/A1:R1000?key=${google}"`, secret: google, severity: 'notice' },
    { file: 'vendor/acme/geo/src/Client.php', text: `const KEY = '${google}';`, secret: google, severity: 'error' },
    // The loader libraries put their option in that URL: `@react-google-maps/api`, `@googlemaps/js-api-loader`, `@vis.gl/react-google-maps`.
    { file: 'src/components/LocationMap.tsx', text: `const { isLoaded } = useJsApiLoader({\n    id: 'google-map-script',\n    googleMapsApiKey: '${google}',\n});`, secret: google, line: 3, severity: 'notice' },
    { file: 'src/map.ts', text: `import { Loader } from '@googlemaps/js-api-loader';\nconst loader = new Loader({\n  apiKey: "${google}",\n  version: "weekly",\n});`, secret: google, line: 3, severity: 'notice' },
    { file: 'src/components/Map.tsx', text: `const { isLoaded } = useJsApiLoader({\n  id: 'google-map-script',\n  libraries,\n  language: 'en',\n  region: 'US',\n  version: 'weekly',\n  googleMapsApiKey: '${google}',\n});`, secret: google, line: 7, severity: 'notice' },
    { file: 'src/App.tsx', text: `<APIProvider apiKey="${google}" onLoad={() => setReady(true)}>`, secret: google, severity: 'notice' },
    { file: 'src/App.jsx', text: `<LoadScript\n  googleMapsApiKey="${google}"\n  libraries={libraries}\n>`, secret: google, line: 2, severity: 'notice' },
    // Beside a loader that takes another key, a key stays what it is; so does a server's Maps key, and one outside an
    // object named for Maps that closed above it.
    { file: 'src/server.js', text: `const GEMINI_API_KEY = '${google}';\nconst url = \`https://maps.googleapis.com/maps/api/js?key=\${process.env.MAPS_KEY}\`;`, secret: google, line: 1, severity: 'error' },
    { file: 'index.html', text: `<script src="https://maps.googleapis.com/maps/api/js?key=MAPS_KEY"></script>\n<script>const gemini = "${google}";</script>`, secret: google, line: 2, severity: 'error' },
    { file: 'app/services/geocode.py', text: `GOOGLE_MAPS_API_KEY = "${google}"\nclient = googlemaps.Client(key=GOOGLE_MAPS_API_KEY)`, secret: google, line: 1, severity: 'error' },
    { file: 'src/config.ts', text: `export const config = {\n  maps: {\n    zoom: 3,\n  },\n  apiKey: "${google}", // Gemini\n};`, secret: google, line: 5, severity: 'error' },
    { file: 'src/keys.ts', text: `export const GOOGLE_MAPS_SERVER_KEY = '${google}';`, secret: google, severity: 'error' },
    // A key of another object, or of no Maps name, stays an error.
    { file: 'backend/appsettings.json', text: `{\n  "translate": {\n    "key": "${google}"\n  }\n}`, secret: google, line: 3, severity: 'error' },
    { file: 'src/sitemap.ts', text: `const SITEMAP_KEY = '${google}';`, secret: google, severity: 'error' },
    // Firebase's client configuration carries its API key by design: a notice. Elsewhere a Google key stays an error.
    { file: 'android/app/google-services.json', text: `{"client": [{"api_key": [{"current_key": "${google}"}]}]}`, secret: google, severity: 'notice' },
    { file: 'ios/App/GoogleService-Info.plist', text: `<dict>\n  <key>API_KEY</key>\n  <string>${google}</string>\n</dict>`, secret: google, line: 3, severity: 'notice' },
    { file: 'src/firebase.ts', text: `export const firebaseConfig = {\n  apiKey: "${google}",\n  authDomain: "shop-7f3a.firebaseapp.com",\n};`, secret: google, line: 2, severity: 'notice' },
    { file: 'src/maps.ts', text: `export const mapsConfig = {\n  apiKey: "${google}",\n  region: "eu",\n};`, secret: google, line: 2, severity: 'error' },
    // Another library's `new Loader(` or `apiKey` far below a loader's call is no Maps key.
    { file: 'src/ai.ts', text: `const loader = new Loader(config);\nconst a = 1;\nconst b = 2;\nconst c = 3;\nconst d = 4;\nconst gemini = { apiKey: "${google}" };`, secret: google, line: 6, severity: 'error' },
    { file: 'src/ai.ts', text: `const loader = new DataLoader(batch);\nconst gemini = new GoogleGenAI({ apiKey: "${google}" });`, secret: google, line: 2, severity: 'error' },
    // A loader's call closed above the key, another library's `Loader`: the key is no option of it.
    { file: 'src/App.tsx', text: `const { isLoaded } = useJsApiLoader({ googleMapsApiKey: import.meta.env.VITE_MAPS_KEY });\nconst ai = new GoogleGenAI({ apiKey: '${google}' });`, secret: google, line: 2, severity: 'error' },
    { file: 'src/map3.js', text: `const l = new Loader(cfg);\nconst gemini = { key: "${google}" };`, secret: google, line: 2, severity: 'error' },
    { file: 'src/App.jsx', text: `<LoadScript googleMapsApiKey={mapsKey}>\n  <Chat apiKey="${google}" />\n</LoadScript>`, secret: google, line: 2, severity: 'error' },
    // Firebase's options in code, told by an app id of Firebase's shape as much as by an `authDomain`: FlutterFire's
    // `firebase_options.dart`, React Native's config, a web app's `.env`.
    { file: 'lib/firebase_options.dart', text: `// File generated by FlutterFire CLI.\n  static const FirebaseOptions android = FirebaseOptions(\n    apiKey: '${google}',\n    appId: '1:974101866555:android:91f3475b526b436bb8541e',\n    messagingSenderId: '974101866555',\n    projectId: 'acme',\n  );`, secret: google, line: 3, severity: 'notice' },
    { file: 'src/firebase.js', text: `const config = {\n  apiKey: "${google}",\n  projectId: "acme",\n  appId: "1:123456789012:web:0a1b2c3d4e5f6a7b",\n};`, secret: google, line: 2, severity: 'notice' },
    { file: '.env.production', text: `VITE_FIREBASE_API_KEY=${google}\nVITE_FIREBASE_AUTH_DOMAIN=acme.firebaseapp.com`, secret: google, line: 1, severity: 'notice' },
    { file: '.env', text: `REACT_APP_API_KEY=${google}\nREACT_APP_AUTH_DOMAIN=acme.firebaseapp.com\nREACT_APP_APP_ID=1:974101866555:web:91f3475b526b436bb8541e`, secret: google, line: 1, severity: 'notice' },
    { file: 'src/lib/firebase.ts', text: `const firebaseConfig = {\n  apiKey: import.meta.env.VITE_FIREBASE_API_KEY || "${google}", // browser key (restricted)\n  authDomain: import.meta.env.VITE_FIREBASE_AUTH_DOMAIN || "acme.firebaseapp.com",\n};`, secret: google, line: 2, severity: 'notice' },
    { file: '.env', text: `REACT_APP_FIREBASE_KEY=${google}\nREACT_APP_FIREBASE_AUTH_DOMAIN=acme.firebaseapp.com`, secret: google, line: 1, severity: 'notice' },
    // A secret scanner's report kept as a parser's test input quotes what it found in another repository; the same
    // report outside a test folder, and a token in a test that is no report, stay errors.
    { file: 'unittests/scans/gitleaks/many.json', text: `[\n  {\n    "Description": "GitHub Personal Access Token",\n    "StartLine": 3,\n    "Match": "token = ${ghp}",\n    "Secret": "${ghp}",\n    "RuleID": "github-pat"\n  }\n]`, secret: ghp, line: 5, severity: 'notice' },
    { file: 'tests/fixtures/trufflehog_v3.json', text: `{"SourceMetadata":{},"DetectorType":2,"DetectorName":"AWS","Verified":false,"Raw":"${aws}"}`, secret: aws, severity: 'notice' },
    { file: 'unittests/scans/talisman/many_findings.json', text: `{\n  "results": [\n    {\n      "failure_list": [\n        { "message": "Expected file to not contain: aws_key=\\"${aws}\\"" }\n      ],\n      "warning_list": []\n    }\n  ]\n}`, secret: aws, line: 5, severity: 'notice' },
    // A test's own code or fixture that only shares a field name with a report is none.
    { file: 'tests/test_precommit.py', text: `FINDING = {"RuleID": "github-pat", "Secret": "REDACTED", "StartLine": 1}\nclient = Github("${ghp}")`, secret: ghp, line: 2, severity: 'error' },
    { file: 'tests/fixtures/youtube_rules.json', text: `{\n  "rule_name": "upload",\n  "snippet": {"title": "x"},\n  "token": "${ghp}"\n}`, secret: ghp, line: 4, severity: 'error' },
    { file: 'reports/gitleaks.json', text: `[\n  {\n    "Match": "token = ${ghp}",\n    "Secret": "${ghp}",\n    "RuleID": "github-pat"\n  }\n]`, secret: ghp, line: 3, severity: 'error' },
    { file: 'tests/test_client.py', text: `RULE_ID = "github-pat"\nTOKEN = "${ghp}"\nclient = Github(TOKEN)`, secret: ghp, line: 2, severity: 'error' },
    // The string resources the google-services plugin writes (an APK's `values.xml`, and a scanner's listing of them).
    { file: 'app/src/main/res/values/values.xml', text: `<resources>\n  <string name="google_app_id" translatable="false">1:974101866555:android:91f3475b526b436b</string>\n  <string name="google_api_key" translatable="false">${google}</string>\n</resources>`, secret: google, line: 3, severity: 'notice' },
    { file: 'reports/mobsf.json', text: `{\n  "strings": [\n    "\\"firebase_database_url\\" : \\"https://shop-8cef0.firebaseio.com\\"",\n    "\\"google_api_key\\" : \\"${google}\\"",\n    "\\"app_name\\" : \\"Shop\\""\n  ]\n}`, secret: google, line: 4, severity: 'notice' },
    { file: 'reports/strings.json', text: `{ "google_crash_reporting_api_key": "${google}" }`, secret: google, severity: 'notice' },
    // A server's Google key under the same name, with no Firebase resource beside it, or beside the Admin SDK's
    // database URL, which servers set too.
    { file: '.env.production', text: `GOOGLE_API_KEY=${google}\nDATABASE_URL=postgres://db/app`, secret: google, line: 1, severity: 'error' },
    { file: '.env.production', text: `FIREBASE_DATABASE_URL=https://acme-prod.firebaseio.com\nGOOGLE_API_KEY=${google}`, secret: google, line: 2, severity: 'error' },
    { file: 'server/index.js', text: `admin.initializeApp({ databaseURL: 'https://acme.firebaseio.com' });\nconst GEMINI_API_KEY = '${google}';`, secret: google, line: 2, severity: 'error' },
    // A web app's options with its database URL but no `authDomain`, and a template's Firebase names.
    { file: 'src/firebase.js', text: `const firebaseConfig = {\n  apiKey: "${google}",\n  databaseURL: "https://acme-default-rtdb.firebaseio.com",\n  storageBucket: "acme.appspot.com",\n};`, secret: google, line: 2, severity: 'notice' },
    { file: '.env.production', text: `FIREBASE_API_KEY=${google}\nFIREBASE_DATABASE_URL=https://acme.firebaseio.com`, secret: google, line: 1, severity: 'notice' },
    // An object that closes on the key's own line holds only that line: a Gemini client's, right above the options.
    { file: 'src/lib/ai.js', text: `const genAI = new GoogleGenerativeAI({ apiKey: "${google}" });\n\nconst firebaseConfig = {\n  apiKey: "x",\n  authDomain: "acme-chat.firebaseapp.com",\n};`, secret: google, line: 1, severity: 'error' },
    // Not the options' key: a key of another name right above them, a key beside only a `projectId`, and a key in an
    // object after the options closed.
    { file: 'src/ai.ts', text: `const GEMINI_API_KEY = "${google}";\nconst firebaseConfig = {\n  apiKey: "x",\n  authDomain: "acme.firebaseapp.com",\n};`, secret: google, line: 1, severity: 'error' },
    { file: 'lib/maps.dart', text: `const maps = MapsOptions(\n  apiKey: '${google}',\n  projectId: 'acme',\n);`, secret: google, line: 2, severity: 'error' },
    { file: 'src/keys.ts', text: `const firebaseConfig = {\n  authDomain: "acme.firebaseapp.com",\n};\nconst gemini = {\n  apiKey: "${google}",\n};`, secret: google, line: 5, severity: 'error' },
    // The keys of YouTube's own clients, which downloaders send to its InnerTube API as those clients do; any other
    // key stays an error, beside an InnerTube URL or name too.
    { file: 'searx/engines/youtube.py', text: `next_page_url = 'https://www.youtube.com/youtubei/v1/search?key=${youtubeWeb}'`, secret: youtubeWeb, severity: 'notice' },
    { file: 'src/clients.ts', text: `const ANDROID = {\n  apiKey: "${youtubeAndroid}",\n  clientName: "ANDROID",\n};`, secret: youtubeAndroid, line: 2, severity: 'notice' },
    { file: 'src/search.ts', text: `fetch("https://www.googleapis.com/youtube/v3/search?key=${google}&q=" + q);`, secret: google, severity: 'error' },
    { file: 'src/player.ts', text: `const url = "https://www.youtube.com/youtubei/v1/player?key=${google}";`, secret: google, severity: 'error' },
    // A page of Google Search saved as served (an SEO plugin's fixture) carries Google's own browser key; the same key in
    // another page of HTML stays an error.
    { file: 'plugins/SEO/tests/resources/google_response.html', text: `<!doctype html><html itemscope="" itemtype="http://schema.org/SearchResultsPage" lang="en"><head><title>site:acme.org - Google Search</title>\n<script>var c={"rvkey":"${google}"};</script>`, secret: google, line: 2, severity: 'notice' },
    { file: 'public/index.html', text: `<!doctype html><html lang="en"><head><title>Acme - Search</title>\n<script>var c={"apiKey":"${google}"};</script>`, secret: google, line: 2, severity: 'error' },
    { file: 'src/keys.json', text: `{"INNERTUBE_API_KEY":"${youtubeWeb}","GEMINI_API_KEY":"${google}"}`, secret: google, severity: 'error' },
    { file: 'src/config.ts', text: `export const firebaseConfig = {\n  authDomain: "shop-7f3a.firebaseapp.com",\n};\n\n\n\n\n\n\nexport const GEMINI_API_KEY = "${google}";`, secret: google, line: 10, severity: 'error' },
    // A test's token under a comment that says it is made up; the same outside the tests, or a comment that says nothing.
    { file: 'src/validate-token.spec.ts', text: `it('accepts a valid token', () => {\n  // token is randomly generated and not real\n  const token = '${ghp}'\n})`, secret: ghp, line: 3, severity: 'notice' },
    { file: 'tests/test_tokens.py', text: `TOKEN = "${ghp}"  # a fake token, for the format check`, secret: ghp, severity: 'notice' },
    // A comment about something else, a negation, a URL after the token: no word that the token is made up.
    { file: 'tests/test_clone.py', text: `# create a dummy repository to clone into\ntoken = "${ghp}"`, secret: ghp, line: 2, severity: 'error' },
    { file: 'tests/test_live.py', text: `# not a real-time test: the token is checked once\ntoken = "${ghp}"`, secret: ghp, line: 2, severity: 'error' },
    { file: 'tests/test_live.py', text: `# a real token, not fake\ntoken = "${ghp}"`, secret: ghp, line: 2, severity: 'error' },
    { file: 'test/live.test.js', text: `// this is a real token, not a fake one\nconst token = '${ghp}'`, secret: ghp, line: 2, severity: 'error' },
    { file: 'test/live.test.js', text: `// isn't fake, a real token\nconst token = '${ghp}'`, secret: ghp, line: 2, severity: 'error' },
    { file: 'test/config.exs', text: `config :app, token: "${ghp}" # a fake token`, secret: ghp, severity: 'notice' },
    { file: 'tests/test_api.py', text: `gh = Github("${ghp}", base_url="http://fake-github.local")  # token`, secret: ghp, severity: 'error' },
    { file: 'src/github.ts', text: `// token is randomly generated and not real\nconst token = '${ghp}'`, secret: ghp, line: 2, severity: 'error' },
    { file: 'src/validate-token.spec.ts', text: `// the bot's token\nconst token = '${ghp}'`, secret: ghp, line: 2, severity: 'error' },
    { file: 'tests/test_api.py', text: `URL = "https://fake.example.com/?t=${ghp}"`, secret: ghp, severity: 'error' },
    // A form field's placeholder in a token's shape is hint text; a token beside the word is still one.
    { file: 'app/admin/gitlab/form.tsx', text: `const fields = { clientSecret: { placeholder: "${ghp}" } };`, secret: ghp, severity: 'notice' },
    { file: 'app/admin/form.html', text: `<input name="token" placeholder="${ghp}">`, secret: ghp, severity: 'notice' },
    { file: 'app/admin/setup.ts', text: `const placeholderToken = "${ghp}";`, secret: ghp, severity: 'error' },
    // A value under a name whose last word says it is shown as an example; a name that starts so, or says nothing, holds one.
    { file: 'app/views/admin/_stripe_form.haml', text: `= form.text_field :api_private_key, placeholder: t("admin.stripe.secret_key_example", api_secret_key_example: '${ghp}'),`, secret: ghp, severity: 'notice' },
    { file: 'config/locales/en.yml', text: `en:\n  secret_key_example: '${ghp}'`, secret: ghp, line: 2, severity: 'notice' },
    { file: 'src/help.ts', text: `const tokenSample = "${ghp}";`, secret: ghp, severity: 'notice' },
    { file: 'config/locales/en.yml', text: `en:\n  example_secret: '${ghp}'`, secret: ghp, line: 2, severity: 'error' },
    { file: 'app/views/admin/_form.haml', text: `= form.text_field :api_private_key, value: '${ghp}'`, secret: ghp, severity: 'error' },
    { file: 'app/config/form.php', text: `<?php\nreturn ['placeholder' => '${ghp}'];`, secret: ghp, line: 2, severity: 'notice' },
    { file: 'app/config/form.json', text: `{"placeholder": "${ghp}"}`, secret: ghp, severity: 'notice' },
    // So is a URL's password in one, the value on the same line as its key or alone on the next (appwrite's function
    // templates); the same URL under another key stays an error.
    { file: 'app/config/templates/function.php', text: "<?php\n$vars = [\n    'placeholder' =>\n        'mongodb+srv://appwrite:Yx42hafg7Q4fgkxe@cluster0.7mslfog.mongodb.net/?retryWrites=true',\n];", secret: 'Yx42hafg7Q4fgkxe', line: 4, severity: 'notice' },
    { file: 'app/config/templates/function.php', text: "<?php\n$vars = ['placeholder' => 'mongodb+srv://appwrite:Yx42hafg7Q4fgkxe@cluster0.7mslfog.mongodb.net/app'];", secret: 'Yx42hafg7Q4fgkxe', line: 2, severity: 'notice' },
    { file: 'src/Form.tsx', text: '<input name="dsn" placeholder="postgres://admin:Yx42hafg7Q4fgkxe@db.acme.io:5432/app" />', secret: 'Yx42hafg7Q4fgkxe', severity: 'notice' },
    { file: 'app/config/templates/function.php', text: "<?php\n$vars = [\n    'value' =>\n        'mongodb+srv://appwrite:Yx42hafg7Q4fgkxe@cluster0.7mslfog.mongodb.net/?retryWrites=true',\n];", secret: 'Yx42hafg7Q4fgkxe', line: 4, severity: 'error' },
    { file: 'app/config/templates/function.php', text: "<?php\n// placeholder\n$dsn = 'mongodb+srv://appwrite:Yx42hafg7Q4fgkxe@cluster0.7mslfog.mongodb.net/app';", secret: 'Yx42hafg7Q4fgkxe', line: 3, severity: 'error' },
    { file: 'src/Form.tsx', text: '<input name="dsn" placeholder="Your database URL" value="postgres://admin:Yx42hafg7Q4fgkxe@db.acme.io:5432/app" />', secret: 'Yx42hafg7Q4fgkxe', severity: 'error' },
    { file: 'settings.py', text: `GITHUB_TOKEN = (\n    # paste your token over the placeholder:\n    "${ghp}"\n)`, secret: ghp, line: 3, severity: 'error' },
    { file: 'settings.py', text: 'DATABASE_URL = (\n    # replace the placeholder:\n    "postgres://admin:Qw9zLk3mNp7rTs2v@prod.acme.io:5432/app"\n)', secret: 'Qw9zLk3mNp7rTs2v', line: 3, severity: 'error' },
    // Markdown text in a Ruby heredoc named for it (an agent's help page) is documentation; code after it, and a
    // heredoc of another name, are not.
    { file: 'app/models/agents/broker_agent.rb', text: 'class BrokerAgent < Agent\n  description <<~MD\n    Subscribe to the public demo broker:\n\n    <pre><code>{ "uri": "mqtt://demo:Qw9zLk3mNp7rTs2v@broker.acme.io:1883" }</code></pre>\n  MD\nend', secret: 'Qw9zLk3mNp7rTs2v', line: 5, context: 'docs', severity: 'notice' },
    { file: 'app/models/agents/broker_agent.rb', text: "class BrokerAgent < Agent\n  description <<-'MARKDOWN'\n    Example: `mqtt://demo:Qw9zLk3mNp7rTs2v@broker.acme.io:1883`\n  MARKDOWN\n  DEFAULT_URI = 'mqtt://app:Zr8vKm2pXq7nLt4w@broker.acme.io:1883'\nend", secret: 'Zr8vKm2pXq7nLt4w', line: 5, severity: 'error' },
    { file: 'app/models/agents/broker_agent.rb', text: 'class BrokerAgent < Agent\n  QUERY = <<~SQL\n    -- mqtt://app:Qw9zLk3mNp7rTs2v@broker.acme.io:1883\n  SQL\nend', secret: 'Qw9zLk3mNp7rTs2v', line: 3, severity: 'error' },
    { file: 'lib/tasks/demo.rb', text: `HELP = <<~MD\n  Token: ${ghp}\nMD`, secret: ghp, line: 2, severity: 'error' },
    // An opener in a comment or in a string opens nothing; heredocs opened on one line follow one another.
    { file: 'app/models/agents/broker_agent.rb', text: "# Help pages are written as <<~MD heredocs.\nDEFAULT_URI = 'mqtt://app:Zr8vKm2pXq7nLt4w@broker.acme.io:1883'\nDESC = <<~MD\n  hi\nMD", secret: 'Zr8vKm2pXq7nLt4w', line: 2, severity: 'error' },
    { file: 'app/models/agents/broker_agent.rb', text: "HELP = \"Use <<~MD for help text\"\nDEFAULT_URI = 'mqtt://app:Zr8vKm2pXq7nLt4w@broker.acme.io:1883'\nMD", secret: 'Zr8vKm2pXq7nLt4w', line: 2, severity: 'error' },
    { file: 'app/models/agents/feed_agent.rb', text: 'description "Reads a feed; <<-style help below", <<~MD\n  See mqtt://demo:Qw9zLk3mNp7rTs2v@broker.acme.io:1883\nMD', secret: 'Qw9zLk3mNp7rTs2v', line: 2, context: 'docs', severity: 'notice' },
    { file: 'app/models/agents/broker_agent.rb', text: 'run(<<~SQL, <<~MD)\n  -- mqtt://app:Zr8vKm2pXq7nLt4w@broker.acme.io:1883\nSQL\n  See mqtt://demo:Qw9zLk3mNp7rTs2v@broker.acme.io:1883\nMD', secret: 'Zr8vKm2pXq7nLt4w', line: 2, severity: 'error' },
    { file: 'app/models/agents/broker_agent.rb', text: 'run(<<~SQL, <<~MD)\n  -- mqtt://app:Zr8vKm2pXq7nLt4w@broker.acme.io:1883\nSQL\n  See mqtt://demo:Qw9zLk3mNp7rTs2v@broker.acme.io:1883\nMD', secret: 'Qw9zLk3mNp7rTs2v', line: 4, context: 'docs', severity: 'notice' },
    { file: 'app/config/form.php', text: "<?php\n$f = ['placeholder' => 'Your DSN',\n    'value' =>\n        'mongodb+srv://appwrite:Yx42hafg7Q4fgkxe@cluster0.7mslfog.mongodb.net/app'];", secret: 'Yx42hafg7Q4fgkxe', line: 4, severity: 'error' },
    // A data source name has no scheme of its own: a placeholder's URL before it on the line is another value.
    { file: 'src/Form.tsx', text: '<input placeholder="https://docs.acme.io/db" defaultValue="root:Qw9zLk3mNp7rTs2v@tcp(prod.acme.io:3306)/app" />', secret: 'Qw9zLk3mNp7rTs2v', severity: 'error' },
    { file: 'src/config.ts', text: 'const cfg = { placeholder: "http://x.acme.io", dsn: "root:Qw9zLk3mNp7rTs2v@tcp(prod.acme.io:3306)/app" };', secret: 'Qw9zLk3mNp7rTs2v', severity: 'error' },
    { file: 'app/config/form.json', text: `{\n  "placeholder":\n    "${ghp}"\n}`, secret: ghp, line: 3, severity: 'notice' },
    { file: 'client_secret.json', text: `{"web": {"client_id": "1234-abc.apps.googleusercontent.com", "client_secret": "${googleOauth}"}}`, secret: googleOauth },
    // npm, PyPI
    { file: '.npmrc', text: `//registry.npmjs.org/:_authToken=${npm}`, secret: npm },
    { file: 'Dockerfile', text: `ARG NPM_TOKEN=${npm}`, secret: npm },
    { file: '.pypirc', text: `[pypi]\nusername = __token__\npassword = ${pypi}`, secret: pypi, line: 3 },
    // The rest, by prefix
    { file: 'mail.py', text: `sg = SendGridAPIClient("${sendgrid}")`, secret: sendgrid },
    { file: 'shopify.rb', text: `session = ShopifyAPI::Auth::Session.new(shop: shop, access_token: "${shopify}")`, secret: shopify },
    { file: 'linear.ts', text: `const client = new LinearClient({ apiKey: "${linear}" });`, secret: linear },
    { file: 'train.py', text: `login(token="${hf}")`, secret: hf },
    { file: 'chat.py', text: `client = Groq(api_key="${groq}")`, secret: groq },
    { file: 'deploy.yml', text: `      - run: vercel deploy --prod --token ${vercel}`, secret: vercel },
    { file: 'notion.js', text: `const notion = new Client({ auth: "${notion}" });`, secret: notion },
    { file: 'databricks.cfg', text: `[DEFAULT]\nhost = https://adb-1234.5.azuredatabricks.net\ntoken = ${databricks}`, secret: databricks, line: 3 },
    { file: 'grafana.yml', text: `apiKey: ${grafanaSa}`, secret: grafanaSa },
    { file: 'alloy.river', text: `password = "${grafanaCloud}"`, secret: grafanaCloud },
    { file: 'dash.sh', text: `curl -H "Authorization: Bearer ${grafanaLegacy}" https://grafana.acme.io/api/dashboards`, secret: grafanaLegacy },
    { file: 'figma.config.ts', text: `export default { token: '${figma}' };`, secret: figma },
    { file: 'wrangler.sh', text: `CLOUDFLARE_API_TOKEN=${cloudflare} wrangler deploy`, secret: cloudflare },
    { file: 'build.sh', text: `echo "${dockerPat}" | docker login -u acme --password-stdin`, secret: dockerPat },
    { file: 'compose.yml', text: `    environment:\n      - TS_AUTHKEY=${tailscale}`, secret: tailscale, line: 2 },
    { file: 'op.env.sh', text: `export OP_SERVICE_ACCOUNT_TOKEN=${onePassword}`, secret: onePassword },
    { file: 'vault.hcl', text: `token = "${vault}"`, secret: vault },
    { file: 'notify.py', text: `requests.post("${discordHook}", json=payload)`, secret: discordHook.slice('https://'.length) },
    { file: 'bot.sh', text: `curl https://api.telegram.org/bot${telegram}/getMe`, secret: telegram },
    // Azure
    { file: 'appsettings.json', text: `{"ConnectionStrings": {"Storage": "${azureConn}"}}`, secret: azureKey },
    { file: 'local.settings.json', text: `"ServiceBus": "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${azureKey.slice(0, 43)}="`, secret: azureKey.slice(0, 43) + '=' },
    // Named formats: the provider's name goes with the value.
    { file: 'settings.py', text: `TWILIO_API_KEY = "${twilioSk}"`, secret: twilioSk },
    { file: '.env.production', text: `TWILIO_AUTH_TOKEN=${twilioToken}`, secret: twilioToken },
    // Words in a token's shape are a placeholder: a notice at most.
    { file: 'config/twilio.yml', text: 'twilio:\n  auth_token: SomeRandomStringOf32CharsExactly', secret: 'SomeRandomStringOf32CharsExactly', line: 2, severity: 'notice' },
    // A unit written four times in a row is typed, not random (ntfy's example token in its sample config).
    { file: 'server/server.yml', text: 'twilio:\n  auth_token: affebeef258625862586258625862586', secret: 'affebeef258625862586258625862586', line: 2, severity: 'notice' },
    { file: '.env.production', text: 'TWILIO_AUTH_TOKEN=9f86d081884c7d659a2feaa0c55ad015', secret: '9f86d081884c7d659a2feaa0c55ad015', severity: 'error' },
    // A keyboard row typed into a token's shape is a placeholder (a sample event in a doc comment); a real id stays an error.
    { file: 'internal/event/event.go', text: 'package event\n\n// "accessKeyId": "AKIAQWERTYUIOPASDFGH"\ntype Event struct{}', secret: 'AKIAQWERTYUIOPASDFGH', line: 3, severity: 'notice' },
    { file: 'config/deploy.rb', text: 'set :aws_access_key_id, "AKIAZXCVBNMLKJ4TREWQ"', secret: 'AKIAZXCVBNMLKJ4TREWQ', severity: 'notice' },
    { file: 'config/deploy.rb', text: 'set :aws_access_key_id, "AKIA2QF7WVTJXH5KMPZL"', secret: 'AKIA2QF7WVTJXH5KMPZL', severity: 'warning' },
    { file: 'bot.py', text: `TELEGRAM_BOT_TOKEN = "${telegram}"`, secret: telegram },
    { file: 'config.yml', text: `telegram:\n  token: "${telegram}"`, secret: telegram, line: 2 },
    // Text whose lower case is longer than itself (Turkish `İ` lowers to two characters) does not move the provider's name.
    { file: 'config.yml', text: `# ${'İ'.repeat(200)}\ntelegram:\n  token: "${telegram}"\n${'#\n'.repeat(150)}`, secret: telegram, line: 3 },
    { file: 'config.yml', text: `# ${'İ'.repeat(200)}\nTELEGRAM:\n  token: "${telegram}"\n${'#\n'.repeat(150)}`, secret: telegram, line: 3 },
    { file: 'bot.js', text: `client.login(process.env.DISCORD_TOKEN || '${discord}');`, secret: discord },
    { file: 'config.json', text: `{"discord": {"token": "${discord}"}}`, secret: discord },
    { file: 'deploy.sh', text: `export VERCEL_TOKEN=${vercelLegacy}`, secret: vercelLegacy },
    // The provider's name starting a word inside a name, at a camel-case hump.
    { file: 'src/deploy.ts', text: `const myVercelToken = "${vercelLegacy}";`, secret: vercelLegacy },
    { file: 'src/deploy.ts', text: `const ciVercelToken = "${vercelLegacy}";`, secret: vercelLegacy },
    // Glued to a prefix, as a word's end: \`MYVERCEL_TOKEN\`.
    { file: 'deploy.sh', text: `export MYVERCEL_TOKEN=${vercelLegacy}`, secret: vercelLegacy },
    // On a long line, the name in the same stretch of it as the value.
    { file: 'dist/app.min.js', text: `${'x'.repeat(10_000)};const c={vercelToken:"${vercelLegacy}"};`, secret: vercelLegacy },
    { file: 'dns.ini', text: `dns_cloudflare_api_token = ${cloudflareLegacy}`, secret: cloudflareLegacy },
    { file: 'vault.sh', text: `export VAULT_TOKEN=s.${fakeToken('groq').slice(4, 28)}`, secret: 's.' + fakeToken('groq').slice(4, 28) },
    // Config credentials
    { file: '.npmrc', text: '//registry.npmjs.org/:_authToken=5f1c3e0a-8b2d-4c7e-9f60-1a2b3c4d5e6f', secret: '5f1c3e0a-8b2d-4c7e-9f60-1a2b3c4d5e6f' },
    { file: '.npmrc', text: `//npm.acme.io/:_auth=${b64('ci:Tr0ub4dor&3x')}`, secret: b64('ci:Tr0ub4dor&3x') },
    { file: '.yarnrc.yml', text: `npmRegistries:\n  "https://npm.acme.io":\n    npmAuthToken: "${fakeToken('groq').slice(4, 40)}"`, secret: fakeToken('groq').slice(4, 40), line: 3 },
    {
      file: '.docker/config.json',
      text: `{\n  "auths": {\n    "registry.acme.io": {\n      "auth": "${b64('deploy:Zx8kQ2mN7pL4vR9t')}"\n    }\n  }\n}`,
      secret: b64('deploy:Zx8kQ2mN7pL4vR9t'),
      line: 4,
    },
    {
      file: 'k8s/pull-secret.yaml',
      text: `kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${b64(`{"auths":{"ghcr.io":{"auth":"${b64('bot:Zx8kQ2mN7pL4vR9t')}"}}}`)}`,
      secret: b64(`{"auths":{"ghcr.io":{"auth":"${b64('bot:Zx8kQ2mN7pL4vR9t')}"}}}`),
      line: 4,
    },
    // Private keys
    { file: 'id_rsa', text: pem('RSA PRIVATE KEY'), secret: pemLine },
    { file: 'key.pem', text: pem('PRIVATE KEY'), secret: pemLine },
    { file: 'id_ed25519', text: pem('OPENSSH PRIVATE KEY'), secret: pemLine },
    { file: 'ec.key', text: pem('EC PRIVATE KEY'), secret: pemLine },
    { file: 'enc.pem', text: pem('ENCRYPTED PRIVATE KEY'), secret: pemLine },
    // After an escaped line break in one string: a certificate and its key in one JSON value, tokens in a list.
    { file: 'certs/bundle.json', text: `{"pem": "${pemMarker('BEGIN', 'CERTIFICATE')}\\n${certificateLine}\\n${pemMarker('END', 'CERTIFICATE')}\\n${pemMarker('BEGIN', 'PRIVATE KEY')}\\n${pkcs8Line}\\n${pemMarker('END', 'PRIVATE KEY')}\\n"}`, secret: pkcs8Line },
    { file: 'config/tokens.json', text: `{"tokens": "first\\n${ghp}"}`, secret: ghp },
    // Key structures near a certificate's: PKCS#8, and an encrypted key whose DER also opens with two SEQUENCEs.
    { file: 'key.pem', text: [pemMarker('BEGIN', 'PRIVATE KEY'), pkcs8Line, pemMarker('END', 'PRIVATE KEY')].join('\n'), secret: pkcs8Line },
    { file: 'enc.pem', text: [pemMarker('BEGIN', 'ENCRYPTED PRIVATE KEY'), encryptedLine, pemMarker('END', 'ENCRYPTED PRIVATE KEY')].join('\n'), secret: encryptedLine },
    {
      file: 'legacy.pem',
      text: [rsaBegin, 'Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,3F17F5316E2BAC89', '', pemLine, rsaEnd].join('\n'),
      secret: pemLine,
    },
    { file: 'private.asc', text: [pemMarker('BEGIN', 'PGP PRIVATE KEY BLOCK'), 'Version: GnuPG v2', '', pemLine].join('\n'), secret: pemLine },
    { file: 'service-account.json', text: `{\n  "type": "service_account",\n  "private_key": "${pemMarker('BEGIN', 'PRIVATE KEY')}\\n${pemLine}\\n",\n}`, secret: pemLine, line: 3 },
    { file: 'values.yaml', text: `tls:\n  key: |\n    ${rsaBegin}\n    ${pemLine}\n    ${rsaEnd}`, secret: pemLine, line: 3 },
    { file: 'keys.js', text: `const key = '${rsaBegin}\\n' +\n  '${pemLine}\\n' +`, secret: pemLine },
    { file: 'tests/fixtures/tls.key', text: pem('PRIVATE KEY'), secret: pemLine, context: 'test', severity: 'notice' },
    // A key in the test code of a production source: a Rust test module, a Go file built for tests only.
    { file: 'crates/client/src/history.rs', text: `pub fn a() {}\n\n#[cfg(test)]\nmod tests {\n    const KEY: &str = "${rsaBegin}\n${pemLine}\n${rsaEnd}";\n}`, secret: pemLine, line: 5, context: 'test', severity: 'notice' },
    { file: 'internal/service/e2etest_service.go', text: `//go:build e2etest\n\npackage service\n\nconst key = \`${rsaBegin}\n${pemLine}\n${rsaEnd}\``, secret: pemLine, line: 5, context: 'test', severity: 'notice' },
    // A secret scanner's rule table keeps a sample beside the pattern that matches it: a notice that says so.
    { file: 'crates/client/src/secrets.rs', text: `    (\n        "GitHub PAT (new)",\n        "ghp_[a-zA-Z0-9]{36}",\n        TestValue::Single("${ghp}"),\n    ),`, secret: ghp, line: 4, severity: 'notice' },
    { file: 'src/rules/slack.yaml', text: `id: slack-bot-token\nregex: 'xox[baprs]-([0-9a-zA-Z]{10,48})'\nexamples:\n  - ${slackBot}`, secret: slackBot, line: 4, severity: 'notice' },
    // The second sample of a list after its pattern (atuin's `TestValue::Multiple(&[…])`), and not one further away.
    { file: 'crates/client/src/secrets.rs', text: `    (\n        "GitHub PAT (old)",\n        "ghp_[a-zA-Z0-9]{36}",\n        TestValue::Multiple(&[\n            "gho_1234567890abcdefghijklmnopqrstuvwxyzAB",\n            "${ghp}", // also legit, also expired\n        ]),\n    ),`, secret: ghp, line: 6, severity: 'notice' },
    { file: 'src/checks.rs', text: `const PATTERN: &str = "ghp_[a-zA-Z0-9]{36}";\n\n\n\n\nconst TOKEN: &str = "${ghp}";`, secret: ghp, line: 6, severity: 'error' },
    // A token that client code uses a few lines below a regular expression that validates it.
    { file: 'app/client.py', text: `import re\nGITHUB_TOKEN_RE = re.compile(r"ghp_[A-Za-z0-9]{36}")\n\ndef client():\n    token = "${ghp}"\n    return token`, secret: ghp, line: 5, severity: 'error' },
    // A check of the prefix alone is no pattern.
    { file: 'app/billing.py', text: `stripe.api_key = "${fakeToken('stripe-live')}"\nfor task in task_ids[0:10]:\n    run_npm(cmd)`, secret: fakeToken('stripe-live'), severity: 'error' },
    { file: 'src/auth.py', text: `if token.startswith("ghp_"):\n    token = "${ghp}"`, secret: ghp, line: 2, severity: 'error' },
    // A key commented out line by line is still written in the file, as the same key as bare DER in a comment is.
    { file: 'src/main/java/app/Keys.java', text: `class Keys {\n  // ${rsaBegin}\n  // ${pemLine}\n  // ${rsaEnd}\n}`, secret: pemLine, line: 2, severity: 'error' },
    { file: 'config/app.yml', text: `# tls_key: |\n#   ${rsaBegin}\n#   ${pemLine}\n#   ${rsaEnd}`, secret: pemLine, line: 2 },
    { file: 'src/keys.ts', text: `/*\n * ${rsaBegin}\n * ${pemLine}\n * ${rsaEnd}\n */`, secret: pemLine, line: 2 },
    { file: 'src/keys.go', text: `// ${rsaBegin}\n// MIIEowIBAAKCAQEA${'x'.repeat(48)}\n// ${rsaEnd}`, secret: `MIIEowIBAAKCAQEA${'x'.repeat(48)}`, severity: 'notice' },
    // A block whose first line is masked and the rest is not is still key material.
    { file: 'deploy/tls.yaml', text: `key: |\n  ${rsaBegin}\n  ${'X'.repeat(64)}\n  ${pemLine}\n  ${rsaEnd}\n`, secret: 'X'.repeat(64), line: 2, severity: 'notice' },
    // A YAML document end (`...`) after the END line is no ellipsis.
    { file: 'deploy/tls.yaml', text: `key: |\n  ${pemMarker('BEGIN', 'EC PRIVATE KEY')}\n  ${pemLine}\n  ${pemLine.slice(0, 40)}\n  ${pemMarker('END', 'EC PRIVATE KEY')}\n...`, secret: pemLine, line: 2 },
    // A key assigned to a name that says it is made for tests is test data wherever the file is.
    { file: 'src/seeder/rsa_keys.rs', text: `const TEST_FAKE_RSA_KEY_0: &str = "${rsaBegin}\n${pemLine}\n${rsaEnd}";`, secret: pemLine, severity: 'notice' },
    { file: 'lib/support/keys.ts', text: `export const mockPrivateKey = '${rsaBegin}\\n' +\n  '${pemLine}\\n';`, secret: pemLine, severity: 'notice' },
    { file: 'lib/support/keys.rb', text: `DUMMY_KEY = <<~PEM\n  ${rsaBegin}\n  ${pemLine}\n  ${rsaEnd}\nPEM`, secret: pemLine, line: 2, severity: 'notice' },
    { file: 'deploy/values.yaml', text: `tls:\n  fake_key: |\n    ${rsaBegin}\n    ${pemLine}\n    ${rsaEnd}`, secret: pemLine, line: 3, severity: 'notice' },
    { file: 'src/keys.py', text: `TEST_SIGNING_KEY = (\n    "${rsaBegin}\\n"\n    "${pemLine}\\n"\n)`, secret: pemLine, line: 2, severity: 'notice' },
    { file: 'config/keys.json', text: `{ "fixture_private_key": "${rsaBegin}\\n${pemLine}\\n" }`, secret: pemLine, severity: 'notice' },
    // A key shown as an example: a form's hint (Insomnia's), a snippet in documentation.
    { file: 'src/ui/auth-private-key-row.tsx', text: `const PRIVATE_KEY_PLACEHOLDER = \`\n${rsaBegin}\n${pemLine}\n${rsaEnd}\`;`, secret: pemLine, line: 2, severity: 'notice' },
    { file: 'src/pgp/keys.ts', text: `const EXAMPLE_PRIVATE_KEY = \`${rsaBegin}\n${pemLine}\n${rsaEnd}\`;`, secret: pemLine, severity: 'notice' },
    { file: 'src/util/cipher.ts', text: `  const samplePrivateKey = \`${rsaBegin}\n${pemLine}\n${rsaEnd}\`;`, secret: pemLine, severity: 'notice' },
    // A word that only holds one of those (`resampled`) says nothing; example.com's key is documentation's too.
    { file: 'src/keys.ts', text: `const RESAMPLED_KEY = \`${rsaBegin}\n${pemLine}\n${rsaEnd}\`;`, secret: pemLine, severity: 'error' },
    { file: 'src/keys.ts', text: `const exampleComSigningKey = \`${rsaBegin}\n${pemLine}\n${rsaEnd}\`;`, secret: pemLine, severity: 'notice' },
    // `sample` only right before what the key is; names in capitals run together with the next word are split.
    { file: 'lims/keys.py', text: `SAMPLES_API_PRIVATE_KEY = """${rsaBegin}\n${pemLine}\n${rsaEnd}"""`, secret: pemLine, severity: 'error' },
    { file: 'lims/keys.py', text: `SAMPLE_TRACKING_KEY = """${rsaBegin}\n${pemLine}\n${rsaEnd}"""`, secret: pemLine, severity: 'error' },
    { file: 'docs/keys.py', text: `SAMPLE_RSA_KEY = """${rsaBegin}\n${pemLine}\n${rsaEnd}"""`, secret: pemLine, severity: 'notice' },
    { file: 'src/keys.ts', text: `const RSAExampleKey = \`${rsaBegin}\n${pemLine}\n${rsaEnd}\`;`, secret: pemLine, severity: 'notice' },
    { file: 'src/keys.ts', text: `const JWTTestKey = \`${rsaBegin}\n${pemLine}\n${rsaEnd}\`;`, secret: pemLine, severity: 'notice' },
    // The key of a certificate for localhost, as mkcert and development servers name it (ghostfolio's Angular dev server).
    { file: 'apps/client/localhost.pem', text: pem('PRIVATE KEY'), secret: pemLine, severity: 'notice' },
    { file: 'certs/localhost-key.pem', text: pem('PRIVATE KEY'), secret: pemLine, severity: 'notice' },
    { file: 'localhost+2-key.pem', text: pem('PRIVATE KEY'), secret: pemLine, severity: 'notice' },
    { file: 'nginx/localhost.key', text: pem('RSA PRIVATE KEY'), secret: pemLine, severity: 'notice' },
    // Any other name keeps the key an error.
    { file: 'certs/server-key.pem', text: pem('PRIVATE KEY'), secret: pemLine, severity: 'error' },
    { file: 'certs/localhost-prod.pem', text: pem('PRIVATE KEY'), secret: pemLine, severity: 'error' },
    { file: 'localhost.pem.bak', text: pem('PRIVATE KEY'), secret: pemLine, severity: 'error' },
    // A comment or a closed value on the line above names nothing.
    { file: 'config/keys.yml', text: `# Rotate these before running tests:\n${rsaBegin}\n${pemLine}\n${rsaEnd}`, secret: pemLine, line: 2, severity: 'error' },
    { file: 'config/keys.yml', text: `mock: {}\n${rsaBegin}\n${pemLine}\n${rsaEnd}`, secret: pemLine, line: 2, severity: 'error' },
    // A comment or a closed value on the line above names nothing.
    { file: 'config/keys.yml', text: `# Rotate these before running tests:\n${rsaBegin}\n${pemLine}\n${rsaEnd}`, secret: pemLine, line: 2, severity: 'error' },
    { file: 'config/keys.yml', text: `mock: {}\n${rsaBegin}\n${pemLine}\n${rsaEnd}`, secret: pemLine, line: 2, severity: 'error' },
    // Words that only contain a test word, or a test word elsewhere on the line, say nothing about the key.
    { file: 'src/keys.py', text: `LATEST_KEY = """${rsaBegin}\n${pemLine}\n${rsaEnd}"""`, secret: pemLine, severity: 'error' },
    { file: 'src/keys.js', text: `const key = /* tested */ '${rsaBegin}\\n' + '${pemLine}';`, secret: pemLine, severity: 'error' },
    { file: 'src/app.js', text: `signer.load(testMode ? a : '${rsaBegin}\\n${pemLine}');`, secret: pemLine, severity: 'error' },
    // A key whose lines are joined by Windows' escaped line breaks (juice-shop's `'…-----\\r\\nMIIC…'`).
    { file: 'lib/insecurity.ts', text: `const privateKey = '${rsaBegin}\\r\\n${pemLine}\\r\\n${pemLine.slice(0, 40)}\\r\\n${pemMarker('END', 'RSA PRIVATE KEY')}'`, secret: pemLine, severity: 'error' },
    // Under a DER key's label, a body that is no DER (it would open with `M`) is a placeholder; a legacy encrypted
    // key's cipher text, after its headers, is not DER, and an OpenSSH key's body never is.
    { file: 'firebase/.env.example', text: 'SERVICE_ACCOUNT={"type":"service_account","private_key": "-----BEGIN PRIVATE KEY-----\\nLongStringOfAlphanumericCharactersWillBeHere=\\n-----END PRIVATE KEY-----\\n"}', secret: 'LongStringOfAlphanumericCharactersWillBeHere=', severity: 'notice' },
    { file: 'config/jwt.pem', text: '-----BEGIN RSA PRIVATE KEY-----\nPasteYourOwnRsaPrivateKeyContentsRightHere0123456789\n-----END RSA PRIVATE KEY-----', secret: 'PasteYourOwnRsaPrivateKeyContentsRightHere0123456789', severity: 'notice' },
    { file: 'config/jwt.pem', text: `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,8D2B1C6A9F3E7D40B5A1C2E3F4A5B6C7\n\nx9Gq2LmZp8Qw7tVb3NcR5yHk1JfD4sA6oU0iE8rT2wY9uI7oP3aS5dF1gH4jK6lZ\n-----END RSA PRIVATE KEY-----`, secret: 'x9Gq2LmZp8Qw7tVb3NcR5yHk1JfD4sA6oU0iE8rT2wY9uI7oP3aS5dF1gH4jK6lZ', severity: 'error' },
    { file: 'src/keys.java', text: '//-----BEGIN PRIVATE KEY-----\n//MC4CAQAwBQYDK2VwBCIEIHQ98bdpTT+WtDs9UaQR1CwBvc/6zhyWVDgDpVH6Gy85\n//-----END PRIVATE KEY-----', secret: '//MC4CAQAwBQYDK2VwBCIEIHQ98bdpTT+WtDs9UaQR1CwBvc/6zhyWVDgDpVH6Gy85', severity: 'error' },
    { file: 'config/jwt.pem', text: '-----BEGIN RSA PRIVATE KEY-----\n\n\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,8D2B1C6A9F3E7D40B5A1C2E3F4A5B6C7\n\nx9Gq2LmZp8Qw7tVb3NcR5yHk1JfD4sA6oU0iE8rT2wY9uI7oP3aS5dF1gH4jK6lZ\n-----END RSA PRIVATE KEY-----', secret: 'x9Gq2LmZp8Qw7tVb3NcR5yHk1JfD4sA6oU0iE8rT2wY9uI7oP3aS5dF1gH4jK6lZ', severity: 'error' },
    // The same on one line, its breaks written as escapes (gumroad's `STRONGBOX_GENERAL="-----BEGIN…\nProc-Type: …"`).
    { file: '.env.production', text: 'STRONGBOX_GENERAL="-----BEGIN RSA PRIVATE KEY-----\\nProc-Type: 4,ENCRYPTED\\nDEK-Info: DES-EDE3-CBC,14957F59FBB1404B\\n\\nx9Gq2LmZp8Qw7tVb3NcR5yHk1JfD4sA6oU0iE8rT2wY9uI7oP3aS5dF1gH4jK6lZ\\n-----END RSA PRIVATE KEY-----\\n"', secret: 'x9Gq2LmZp8Qw7tVb3NcR5yHk1JfD4sA6oU0iE8rT2wY9uI7oP3aS5dF1gH4jK6lZ', severity: 'error' },
    { file: 'deploy/id_ed25519', text: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----', secret: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', severity: 'error' },
    // Passwords in URLs, any scheme, any file.
    { file: 'config/database.yml', text: 'production:\n  url: postgres://app:N7pL4vR9tW3yB6cD@db.internal:5432/app', secret: 'N7pL4vR9tW3yB6cD', line: 2 },
    // Capitals that read as no word are a password, not a name of one.
    { file: 'config/database.yml', text: 'production:\n  url: postgres://app:HXQZJWRKTVBNMLPDFGSA@db.internal:5432/app', secret: 'HXQZJWRKTVBNMLPDFGSA', line: 2 },
    { file: 'config/database.yml', text: 'production:\n  url: postgres://app:HXQZJWRKTVBN@db.internal:5432/app', secret: 'HXQZJWRKTVBN', line: 2 },
    // A password in capitals beside a user name that is no name in capitals is a password, word or not.
    { file: 'config/database.yml', text: 'production:\n  url: oracle://scott:MANAGER@db.internal:1521/orcl', secret: 'MANAGER', line: 2 },
    // A password chosen in capitals is one, though it holds a credential's word.
    { file: 'config/cache.yml', text: 'production:\n  url: redis://default:MYPASS@cache.acme-corp.io:6379', secret: 'MYPASS', line: 2 },
    { file: 'config/cache.yml', text: 'production:\n  url: https://admin:SECRETPASS@api.acme-corp.io/v1', secret: 'SECRETPASS', line: 2 },
    { file: 'settings.py', text: "BROKER_URL = 'amqp://worker:Tr0ub4dor&3x@rabbit.acme.io:5672//'", secret: 'Tr0ub4dor&3x' },
    { file: 'app.js', text: "mongoose.connect('mongodb+srv://admin:hunter2x@cluster0.ab1cd.mongodb.net/shop');", secret: 'hunter2x' },
    { file: 'package.json', text: '  "dependencies": { "lib": "git+https://ci:Zx8kQ2mN7pL4@git.acme.io/lib.git" }', secret: 'Zx8kQ2mN7pL4' },
    { file: 'package-lock.json', text: '      "resolved": "https://deploy:Zx8kQ2mN7pL4@npm.acme.io/lib/-/lib-1.0.0.tgz",', secret: 'Zx8kQ2mN7pL4' },
    { file: 'docker-compose.yml', text: '      REDIS_URL: redis://:Qm9v3xLr8TzK@cache.internal:6379/0', secret: 'Qm9v3xLr8TzK' },
    // A one-label authority that names an account at a provider, not a container: the password goes to the provider.
    { file: 'config.js', text: "  cloudinary: 'cloudinary://874837483274837:a676b67565c6767a6767d6767f67@acme-media',", secret: 'a676b67565c6767a6767d6767f67', severity: 'error' },
    { file: 'config/packages/mailer.yaml', text: "    dsn: 'ses+smtp://AKIAEXAMPLEUSER:Qm9v3xLr8TzKwP2d@default?region=eu-west-1'", secret: 'Qm9v3xLr8TzKwP2d', severity: 'error' },
    // A one-label host of the project's own network stays a notice.
    { file: 'config.js', text: "  db: 'postgres://app:Qm9v3xLr8TzKwP2d@db:5432/app',", secret: 'Qm9v3xLr8TzKwP2d', severity: 'notice' },
    { file: 'config.js', text: "  cache: 'redis://default:Qm9v3xLr8TzKwP2d@default:6379',", secret: 'Qm9v3xLr8TzKwP2d', severity: 'notice' },
    // Symfony's provider DSNs without a transport: the token goes to the provider; Mailgun's key is the user.
    { file: 'config/packages/notifier.yaml', text: "        twilio: 'twilio://AC9f2b7c1d3e4f5a6b7c8d9e0f1a2b3c4d:Qm9v3xLr8TzKwP2dN7pL4vR9tW3yB6cD@default?from=+15550100'", secret: 'Qm9v3xLr8TzKwP2dN7pL4vR9tW3yB6cD', severity: 'error' },
    { file: 'config/packages/mailer.yaml', text: "    dsn: 'mailgun+api://9f2b7c1d3e4f5a6b7c8d9e0f1a2b3c4d-q8Zr2LmV-x0TbWn4K:mg.acme-corp.io@default'", secret: '9f2b7c1d3e4f5a6b7c8d9e0f1a2b3c4d-q8Zr2LmV-x0TbWn4K', severity: 'error' },
    // In a comment, a URL reaches nothing as it is: a notice that says so.
    { file: 'config/env/production.js', text: "    // For example:\n    // ```\n    // sails_session__url=redis://admin:Qm9v3xLr8TzK@cache.acme.io:9562/sessions\n    // ```", secret: 'Qm9v3xLr8TzK', line: 3, severity: 'notice' },
    { file: 'config/database.yml', text: 'production:\n  # url: postgres://app:N7pL4vR9tW3yB6cD@db.internal:5432/app\n  url: <%= ENV["DATABASE_URL"] %>', secret: 'N7pL4vR9tW3yB6cD', line: 2, severity: 'notice' },
    { file: 'settings.py', text: '    #DATABASE_URL = "postgres://app:N7pL4vR9tW3yB6cD@db.acme.io/app"', secret: 'N7pL4vR9tW3yB6cD', severity: 'notice' },
    // A C preprocessor line is code; a command's `--option` continuation and a list's `* ` item are no comments.
    { file: 'src/config.h', text: '#define DB_URL "postgres://app:N7pL4vR9tW3yB6cD@db.acme.io/app"', secret: 'N7pL4vR9tW3yB6cD', severity: 'error' },
    { file: 'deploy/run.sh', text: 'exec app \\\n  --database-url=postgres://app:N7pL4vR9tW3yB6cD@db.acme.io/app \\\n  --port 80', secret: 'N7pL4vR9tW3yB6cD', line: 2, severity: 'error' },
    { file: 'deploy/servers.txt', text: 'Databases:\n* postgres://app:N7pL4vR9tW3yB6cD@db.acme.io/app', secret: 'N7pL4vR9tW3yB6cD', line: 2, severity: 'error' },
    // ` * ` inside a block comment of code, `-- ` in SQL.
    { file: 'src/db.ts', text: '/**\n * e.g. postgres://app:N7pL4vR9tW3yB6cD@db.acme.io/app\n */', secret: 'N7pL4vR9tW3yB6cD', line: 2, severity: 'notice' },
    { file: 'db/setup.sql', text: '-- postgres://app:N7pL4vR9tW3yB6cD@db.acme.io/app', secret: 'N7pL4vR9tW3yB6cD', severity: 'notice' },
    { file: 'tests/test_db.py', text: "URL = 'postgres://app:N7pL4vR9tW3yB6cD@db.internal/app'", secret: 'N7pL4vR9tW3yB6cD', context: 'test', severity: 'notice' },
    { file: 'config/dev.py', text: "URL = 'postgres://app:N7pL4vR9tW3yB6cD@localhost/app'", secret: 'N7pL4vR9tW3yB6cD', severity: 'notice' },
    // Go's MySQL driver: data source names without a scheme.
    { file: 'internal/db/db.go', text: 'dsn := "app:N7pL4vR9tW3yB6cD@tcp(mysql.internal:3306)/app?parseTime=true"', secret: 'N7pL4vR9tW3yB6cD', severity: 'error' },
    { file: 'internal/db/db.go', text: 'db, err := sql.Open("mysql", "app:N7pL4vR9tW3yB6cD@tcp(127.0.0.1:3306)/app")', secret: 'N7pL4vR9tW3yB6cD', severity: 'notice' },
    { file: 'config.yaml', text: 'dsn: app:N7pL4vR9tW3yB6cD@unix(/run/mysqld/mysqld.sock)/app', secret: 'N7pL4vR9tW3yB6cD', severity: 'notice' },
    { file: 'internal/db/db.go', text: 'dsn := "mysql://app:N7pL4vR9tW3yB6cD@tcp(mysql.internal:3306)/app"', secret: 'N7pL4vR9tW3yB6cD', severity: 'error' },
    { file: 'compose.yml', text: '      DATABASE_URL: mysql://root:whalehello@db:3306/mysql', secret: 'whalehello', severity: 'notice' },
    // Boundaries: punctuation, quotes and URL parts around a token are fine.
    { file: 'urls.txt', text: `https://x-access-token:${ghs}@github.com/org/repo.git`, secret: ghs },
    { file: 'list.json', text: `["${aws}","${aws}"]`, secret: aws },
    { file: 'prose.txt', text: `the key (${google}).`, secret: google },
  ],
  clean: [
    // A block whose body is one character over and over is a mask (airflow-helm's example Secret), in a base64 block too.
    { file: 'examples/k8s/secret-git-secret.yaml', text: `stringData:\n  id_rsa: |\n    ${pemMarker('BEGIN', 'OPENSSH PRIVATE KEY')}\n${'    ' + 'X'.repeat(70) + '\n'}${'    ' + 'X'.repeat(70) + '\n'}    ${pemMarker('END', 'OPENSSH PRIVATE KEY')}\n` },
    { file: 'deploy/tls.yaml', text: `key: |\n  ${pemMarker('BEGIN', 'PRIVATE KEY')}\n  ${'x'.repeat(64)}\n  ${'x'.repeat(20)}==\n  ${pemMarker('END', 'PRIVATE KEY')}\n` },
    // The same mask in an escaped JSON string, in Java's concatenated strings, and in an encrypted block with its headers.
    { file: 'docs/service-account.json', text: `{"type": "service_account", "private_key": "${pemMarker('BEGIN', 'PRIVATE KEY')}\\n${'X'.repeat(64)}\\n${'X'.repeat(40)}\\n${pemMarker('END', 'PRIVATE KEY')}\\n"}` },
    { file: 'src/test/java/KeyFixture.java', text: `String key = "${pemMarker('BEGIN', 'RSA PRIVATE KEY')}\\n" +\n    "${'X'.repeat(64)}\\n" +\n    "${'X'.repeat(64)}\\n" +\n    "${pemMarker('END', 'RSA PRIVATE KEY')}";` },
    { file: 'deploy/key.pem', text: `${pemMarker('BEGIN', 'RSA PRIVATE KEY')}\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0123456789ABCDEF0123456789ABCDEF\n\n${'X'.repeat(64)}\n${'X'.repeat(64)}\n${pemMarker('END', 'RSA PRIVATE KEY')}\n` },
    { file: 'deploy/tls.yaml', text: `key: ${Buffer.from(`${pemMarker('BEGIN', 'PRIVATE KEY')}\n${'A'.repeat(64)}\n${pemMarker('END', 'PRIVATE KEY')}\n`).toString('base64')}\n` },
    // Too short, too long, wrong alphabet.
    { file: 'a.txt', text: `id=${aws.slice(0, 19)}` },
    { file: 'a.txt', text: `id=${aws}Q` },
    { file: 'a.txt', text: `id=${aws.slice(0, 10)}a${aws.slice(11)}` },
    { file: 'a.txt', text: `token=${ghp.slice(0, 39)}` },
    { file: 'a.txt', text: `token=${ghp}x` },
    { file: 'a.txt', text: `token=${ghp.slice(0, 20)}-${ghp.slice(21)}` },
    { file: 'a.txt', text: `token=${fineGrained.slice(0, 80)}` },
    { file: 'a.txt', text: `token=${glpat.slice(0, 25)}` },
    { file: 'a.txt', text: `token=${glpat}abc` },
    { file: 'a.txt', text: `key=${google.slice(0, 38)}` },
    { file: 'a.txt', text: `key=${google}A` },
    { file: 'a.txt', text: `npm=${npm.slice(0, 39)}` },
    { file: 'a.txt', text: `npm=${npm}b` },
    { file: 'a.txt', text: `stripe=${stripe.slice(0, 8 + 20)}` },
    { file: 'a.txt', text: 'slack=' + 'xo' + 'xb-123' },
    { file: 'a.txt', text: 'slack=' + 'xo' + 'xb-' + 'abcdefghijklmnopqrstuvwxyz' },
    { file: 'a.txt', text: `key=${sendgrid.slice(0, -1)}` },
    { file: 'a.txt', text: `key=${shopify.slice(0, -1)}` },
    { file: 'a.txt', text: `key=${shopify.slice(0, -1)}g` },
    { file: 'a.txt', text: `key=${linear}A` },
    { file: 'a.txt', text: `key=${groq.slice(0, -1)}` },
    { file: 'a.txt', text: `key=${databricks.slice(0, -1)}` },
    { file: 'a.txt', text: `key=${databricks.slice(0, -1)}z` },
    { file: 'a.txt', text: `token=${ghsStateless.split('.').slice(0, 2).join('.')}` },
    { file: 'a.txt', text: `key=${hf.slice(0, -1)}7` },
    { file: 'a.txt', text: `key=${grafanaSa.slice(0, -1)}` },
    { file: 'a.txt', text: `key=${anthropic.slice(0, -2)}ZZ` },
    { file: 'a.txt', text: 'key=' + 'sk' + '-proj-' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V2w3X4y5Z6' },
    { file: 'a.txt', text: `key=${openai.replace('T3Blbk' + 'FJ', 'T3Blbk' + 'FX')}` },
    // Failed checksums: never issued, so not tokens.
    { file: 'a.txt', text: `CLOUDFLARE_API_TOKEN=${badChecksum(cloudflare)}` },
    { file: 'a.txt', text: `CLOUDFLARE_API_TOKEN=${cloudflare}Z` },
    { file: 'a.txt', text: `token=${badChecksum(ghp)}` },
    { file: 'a.txt', text: `token=${badChecksum(gho)}` },
    { file: 'a.txt', text: `//registry.npmjs.org/:_authToken=${badChecksum(npm)}` },
    // GitHub's own documentation token, whose checksum does not add up.
    { file: 'a.json', text: '{"token": "' + 'gh' + 'u_16C7e42F292c6912E7710c838347Ae178B4a' + '"}' },
    // A prefix inside a longer word is not a token.
    { file: 'a.txt', text: `blob=Q${aws}` },
    { file: 'a.txt', text: `blob=z${ghp}` },
    { file: 'a.txt', text: `blob=9${google}` },
    { file: 'a.txt', text: `addr=0x22${google}` },
    { file: 'a.txt', text: `prefix_${npm}` },
    { file: 'a.txt', text: `mask${stripe}` },
    { file: 'a.txt', text: `x${groq}` },
    { file: 'a.txt', text: 'REGION = "' + 'AS' + 'IAPACIFICSOUTHEAST"' },
    // Not secret by design: publishable keys, npm config names, identifiers that share a prefix.
    { file: 'a.txt', text: 'STRIPE_PUBLISHABLE_KEY=pk' + '_live_' + 'a8Hd72kLmQ0pZx61VbN3cYtR9s' },
    { file: 'a.sh', text: 'echo $npm_config_registry $npm_package_version' },
    { file: 'a.py', text: 'from huggingface_hub import hf_hub_download, hf_hub_url' },
    { file: 'a.py', text: 'hf_' + 'TokenizerFastWrapperForModelsAbc = None' },
    { file: 'a.yml', text: 'runner: glrt-' + 'self-hosted-runner-for-linux' },
    { file: 'a.ts', text: "const task = 'sk-' + 'learn-pipeline-runner-with-many-steps-1234567890';" },
    // Formats without a prefix need their provider's name.
    { file: 'a.txt', text: `value = "${awsSecret}"` },
    { file: 'a.txt', text: `secret = "${awsSecret}"` },
    { file: 'a.txt', text: `aws_region = "eu-west-1"\nchecksum = "${awsSecret}"` },
    { file: 'a.json', text: `{"sha": "${'a1b2c3d4e5'.repeat(4)}", "aws": true}` },
    { file: 'a.txt', text: `key = "${twilioSk}"` },
    { file: 'a.txt', text: `TWILIO_ACCOUNT_SID = "AC${twilioToken}"` },
    { file: 'a.txt', text: `ids = ["${telegram}"]` },
    { file: 'a.txt', text: `session = "${discord}"` },
    { file: 'a.txt', text: `blob = "${azureKey}"` },
    { file: 'a.txt', text: `build_id = "${vercelLegacy}"` },
    { file: 'a.txt', text: `VERCEL_PROJECT_ID = "${vercelLegacy}"` },
    { file: 'keycloak/realm-export.json', text: '{ "providerId": "hmac-generated", "config": { "secret": [ "**********" ] } }' },
    { file: 'keycloak/realm-export.json', text: '{ "providerId": "rsa-generated", "config": { "secret": [ "PuH8Lxh9GeNfGJRDk34SWIlBDdrJpC3U3Sfcx" ] } }' },
    // A Vercel integration's public id in a Deploy button's URL, whose tail after `oac_` has a token's length.
    { file: 'README.md', text: `[![Deploy](https://vercel.com/button)](https://vercel.com/new/clone?env=ADMIN_TOKEN,FLAGS_SECRET&integration-ids=oac_${vercelLegacy})` },
    // A provider's name inside another word is none: a minified source map's names (`recoverCellIndex` holds
    // `verCel`), `observercell`.
    { file: 'src/vendored/summernote.js.map', text: `{"names":["keyCode","virtualColPosition","recoverCellIndex","cells","getAddResultActionToCell","SumSpanCount"]}` },
    { file: 'src/bridge.py', text: `# the observercell bridge\napi_key = "${vercelLegacy}"` },
    { file: 'src/bridge.py', text: `# the paris fervercel club\napi_key = "${vercelLegacy}"` },
    // A minified line or a source map: the provider named in a URL kilobytes before an identifier of a token's length.
    { file: 'static/chunks/main.js.map', text: `{"sourcesContent":["// https://github.com/vercel/next.js/issues/37139\\n${'x'.repeat(10_000)} const tokenKey = normalizeRepeatedSlashes(url);"]}` },
    { file: 'a.txt', text: `zone_checksum = "${cloudflareLegacy}"` },
    { file: 'a.txt', text: `TELEGRAM_CHAT_ID = "-1001234567890"` },
    // The published Azurite key is the same on every machine.
    { file: 'a.json', text: 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=' + 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw' + '==;' },
    // Registry configuration that reads its token from the environment.
    { file: '.npmrc', text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}' },
    { file: '.npmrc', text: '//registry.npmjs.org/:_authToken=$NPM_TOKEN\nalways-auth=true' },
    { file: '.yarnrc.yml', text: 'npmAuthToken: "${NPM_AUTH_TOKEN}"' },
    { file: '.npmrc', text: `//npm.acme.io/:_auth=${b64('user:password')}` },
    { file: 'config.json', text: `{"auths": {"registry.acme.io": {"auth": "${b64('user:password')}"}}}` },
    { file: 'config.json', text: '{"auths": {"registry.acme.io": {}}, "credsStore": "desktop"}' },
    { file: 'app.py', text: 'self._auth = HTTPBasicAuth(user, password)' },
    // URLs without a real password.
    { file: 'a.yml', text: 'url: postgres://user:password@localhost:5432/app' },
    { file: 'a.yml', text: 'url: postgres://postgres:postgres@db:5432/app' },
    { file: 'internal/db/db.go', text: 'dsn := fmt.Sprintf("%s:%s@tcp(%s:%d)/%s", user, pass, host, port, name)' },
    { file: 'internal/db/db.go', text: 'dsn := "root:root@tcp(localhost:3306)/app"' },
    { file: 'internal/db/db.go', text: 'dsn := "mysql://root:root@tcp(db.internal:3306)/app"' },
    { file: 'internal/db/db.go', text: 'dsn := "app:N7pL4vR9tW3yB6cD@tcp(db.example.com:3306)/app"' },
    { file: 'internal/db/db.go', text: 'dsn := "app:N7pL4vR9tW3yB6cD@tcp(%s)/app"' },
    { file: 'internal/db/db.go', text: 'dsn := "user:password@tcp(127.0.0.1:3306)/dbname?charset=utf8mb4"' },
    { file: 'README.md', text: '`username:password@protocol(address)/dbname?param=value`' },
    { file: 'a.yml', text: 'url: postgres://app:${DB_PASSWORD}@db:5432/app' },
    { file: 'a.yml', text: 'url: postgres://app:$DB_PASSWORD@db:5432/app' },
    { file: 'a.yml', text: 'url: postgres://app:<password>@db:5432/app' },
    { file: 'a.yml', text: 'url: postgres://app:***@db:5432/app' },
    { file: 'a.yml', text: 'url: postgres://app:{{ db_password }}@db:5432/app' },
    { file: 'a.yml', text: 'url: amqp://guest:guest@rabbitmq:5672' },
    // A password written as a name in capitals says what goes there (Symfony Mailer's DSNs), and a host of digits is none.
    { file: 'docs/email.md', text: '  - MAILER_DSN=mailgun+api://API_KEY:DOMAIN@default' },
    // Mailgun's API transports put the domain where a password goes.
    { file: 'config/packages/mailer.yaml', text: "  dsn: 'mailgun+https://API_KEY:sandbox1234.mailgun.org@default'" },
    // A password in capitals that names the kind of credential to put there, whatever the user, in any file.
    { file: 'scripts/export.py', text: 'URL = "https://Bearer:APIKEY@api.acme-corp.io/v1/boards"' },
    // Field names in Pascal or camel case: a URL format's documentation (Apprise's Twilio URL in a form's help).
    { file: 'src/components/notifications/Apprise.vue', text: '<p>{{ $t("Example:", ["twilio://AccountSid:AuthToken@FromPhoneNo"]) }}</p>' },
    { file: 'docs/notify.md', text: 'Use `pushover://UserKey:ApiToken@default` or `https://userName:apiKey@hooks.example.com/`.' },
    { file: 'deploy/clone.sh', text: 'git clone https://oauth2:YOUR_PAT@gitlab.acme-corp.io/group/repo.git' },
    // Field names in snake case: Keystone's and Cloudinary's documented URL format.
    { file: 'test/e2e/server.js', text: "  'cloudinary config': 'cloudinary://api_key:api_secret@cloud_name'," },
    { file: 'lib/options.js', text: "// CLOUDINARY_URL=cloudinary://api_key:api_secret@cloud_name" },
    { file: 'config/mailer.yaml', text: 'dsn: smtp://SMTP_USER:SMTP_PASSPHRASE@smtp.acme.io:587' },
    { file: 'src/ProcessorTest.java', text: 'assertEquals("zeppelin@https://dolphinscheduler.com:8080@root@123456", id);' },
    { file: 'a.py', text: "DSN = 'postgres://%s:%s@%s/%s' % (user, pw, host, db)" },
    { file: 'a.py', text: "DSN = f'postgres://{user}:{password}@{host}/{db}'" },
    { file: 'a.md', text: 'Clone with `https://alice:N7pL4vR9tW3yB6cD@example.com/repo.git`.' },
    { file: 'a.txt', text: 'proxy = http://bob:N7pL4vR9tW3yB6cD@proxy.example.org:3128' },
    { file: 'a.js', text: "const re = /^https?:\\/\\/([^:]+):([^@]+)@/;" },
    { file: 'a.js', text: "const url = 'https://' + user + ':' + pass + '@' + host;" },
    { file: 'a.txt', text: 'https://git@github.com/org/repo.git and ssh://git@github.com:org/repo' },
    { file: 'a.py', text: "SENTRY_DSN = 'https://0123456789abcdef0123456789abcdef@o1.ingest.sentry.io/42'" },
    { file: 'a.txt', text: 'https://registry.npmjs.org/@scope/pkg/-/pkg-1.0.0.tgz' },
    // Public keys, certificates and bare mentions of a header are not private keys.
    { file: 'pub.pem', text: [pemMarker('BEGIN', 'PUBLIC KEY'), pemLine, pemMarker('END', 'PUBLIC KEY')].join('\n') },
    { file: 'rsa.pub', text: [pemMarker('BEGIN', 'RSA PUBLIC KEY'), pemLine].join('\n') },
    { file: 'cert.pem', text: [pemMarker('BEGIN', 'CERTIFICATE'), pemLine, pemMarker('END', 'CERTIFICATE')].join('\n') },
    // An escaped backslash before the letter `n` is no line break: the token would continue a word.
    { file: 'config/tokens.json', text: `{"tokens": "first\\\\n${ghp}"}` },
    // A certificate under a private key's label: a form's placeholder copied from the certificate beside it.
    { file: 'components/certificates/form.tsx', text: `const privateKeyPlaceholder =\n  "${pemMarker('BEGIN', 'PRIVATE KEY')}\\n${certificateLine}\\n${pemMarker('END', 'PRIVATE KEY')}";` },
    { file: 'tls.key', text: [pemMarker('BEGIN', 'RSA PRIVATE KEY'), certificateLine, pemMarker('END', 'RSA PRIVATE KEY')].join('\n') },
    { file: 'key.ts', text: `if (pem.startsWith('${rsaBegin}')) return 'rsa';` },
    { file: 'parse.py', text: `HEADER = "${rsaBegin}"\nFOOTER = "${rsaEnd}"` },
    { file: 'docs.md', text: `\`\`\`\n${rsaBegin}\n...\n${rsaEnd}\n\`\`\`` },
    { file: 'a.txt', text: `------BEGIN RSA PRIVATE KEY-----\n${pemLine}` },
    { file: 'src/keys.go', text: `// ${rsaBegin}\n// ${'x'.repeat(64)}\n// ${rsaEnd}` },
    // A rule of slashes drawn under a commented header is no key material.
    { file: 'src/keys.go', text: `// ${rsaBegin}\n//${'/'.repeat(64)}\n// ${rsaEnd}` },
    // A key cut short by an ellipsis shows the shape of one, not a key (Ory's help texts, docs).
    { file: 'oryx/tlsx/cert.go', text: `\tExample: ` + '`' + ` + prefix + ` + '`' + `_KEY="${pemMarker('BEGIN', 'ENCRYPTED PRIVATE KEY')}\\n${pemLine.slice(0, 46)}..."` },
    { file: 'src/help.ts', text: `const sample = \`${rsaBegin}\n${pemLine}\n...\n${rsaEnd}\`;` },
    // The same in a JSON string, its lines joined by escapes (a sample API response in the docs).
    { file: 'website/content/api/secret/pki.mdx', text: `\`\`\`json\n{\n  "private_key": "${rsaBegin}\\n${pemLine}\\n...\\n${pemLine}\\n${rsaEnd}\\n"\n}\n\`\`\`` },
    { file: 'src/help.py', text: `KEY_HELP = """\n${rsaBegin}\n${pemLine.slice(0, 30)}…\n${rsaEnd}\n"""` },
    // Env references and other look-alikes.
    { file: 'a.yml', text: 'token: ${{ secrets.GITHUB_TOKEN }}' },
    { file: 'a.txt', text: 'the ghp_ prefix marks personal access tokens' },
    { file: 'a.py', text: 'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]' },
    { file: 'a.py', text: 'api_key = "sk-..."' },
    { file: 'a.yml', text: 'TELEGRAM_BOT_TOKEN: ${TELEGRAM_BOT_TOKEN}' },
  ],
});

describe('known-token: documentation placeholders are notices at most', () => {
  const placeholders = [
    'AKIA' + 'IOSFODNN7EXAMPLE',
    // After its prefix an AWS key id is base32 (A-Z, 2-7): 0, 1, 8 and 9 make it up.
    'AKIA' + '1234567891234567',
    'AKIA' + 'QWERTYUI0PASDFGH',
    'gh' + 'p_' + 'x'.repeat(36),
    'gh' + 'p_' + 'X'.repeat(36),
    'gh' + 'p_' + 'EXAMPLE' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5', // 7 + 30
    'np' + 'm_' + '0'.repeat(36),
    'sk' + '_live_' + '0000000000' + 'abcdefghijklmnop',
    'AI' + 'za' + 'SyA1234567890abcdefghijklmnopqrstu',
    'xo' + 'xb-' + '0000000000-0000000000000-' + 'x'.repeat(24),
    'sk' + '-proj-' + 'x'.repeat(30) + 'T3Blbk' + 'FJ' + 'x'.repeat(30),
    'gs' + 'k_' + 'x'.repeat(52),
    'ts' + 'key-api-abcDEF1CNTRL-091234567890ABCDEF',
    'hv' + 's.' + 'X'.repeat(90),
    'h' + 'f_' + 'x'.repeat(34),
    'da' + 'pi' + '1234567890ABCDEF1234567890ABCDEF',
    // A Slack webhook whose ids and secret count: `T123456789`, digits and letters counted together.
    'https://hooks.slack.com/services/' + 'T123456789/B123456789/1a2b3c4d5e6f7g8h9i0j1k2l3m4n5o6p',
  ];
  it.each(placeholders)('%s', (token) => {
    const found = check(knownToken, { file: 'config.py', text: `TOKEN = '${token}'` });
    expect(found.length).toBeLessThanOrEqual(1);
    for (const f of found) expect(f.severity).toBe('notice');
  });

  it('a body of one character repeated, between separators, is no finding at all: as plain as `<token>`', () => {
    for (const token of ['gh' + 'p_' + 'x'.repeat(36), 'ts' + 'key-auth-' + 'x'.repeat(17) + '-' + 'x'.repeat(32), 'np' + 'm_' + '0'.repeat(36), 'AKIA' + 'X'.repeat(16)]) {
      expect(check(knownToken, { file: 'terraform.tfvars.example', text: `# token = "${token}"` }), token).toEqual([]);
    }
    // A body with anything else in it is still shown as a notice.
    expect(check(knownToken, { file: 'config.py', text: `TOKEN = '${'gh' + 'p_' + 'x'.repeat(32) + '1234'}'` }).map((f) => f.severity)).toEqual(['notice']);
  });

  it("a URL whose password a tool took out (a report's or a log's) holds none; a password that only mentions the word does", () => {
    for (const pw of ['---REDACTED---', 'REDACTED', '[FILTERED]', '<masked>', '***HIDDEN***']) {
      expect(check(knownToken, { file: 'reports/scan.json', text: `{"url": "postgres://postgres:${pw}@db.internal:5432/app"}` }), pw).toEqual([]);
    }
    expect(check(knownToken, { file: 'config/database.yml', text: 'production:\n  url: postgres://app:Redacted7qLx9Tw2@db.internal:5432/app' })).toHaveLength(1);
    // The word alone in lower case may be a password someone chose.
    expect(check(knownToken, { file: 'config/database.yml', text: 'production:\n  url: postgres://app:hidden@db.internal:5432/app' })).toHaveLength(1);
  });

  it('the AWS documentation secret key is a notice under its name, and nothing anywhere else', () => {
    const example = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(check(knownToken, { file: 'deploy.sh', text: `aws_secret_access_key = ${example}` }).map((f) => f.severity)).toEqual(['notice']);
    expect(check(knownToken, { file: 'deploy.sh', text: `checksum = ${example}` })).toEqual([]);
  });

  it('treats random tokens as real', () => {
    for (const kind of ['aws', 'ghp', 'npm', 'google', 'stripe-live', 'slack-bot', 'openai', 'anthropic', 'groq', 'vault', 'tailscale']) {
      const token = fakeToken(kind, 'real');
      const m = findTokens(token)[0]!;
      expect(m, kind).toBeDefined();
      expect(isExampleToken(token, m.prefix.length), kind).toBe(false);
    }
  });
});

describe('known-token: private keys written as JSON Web Keys', () => {
  const d = fakeToken('jwk-d');
  const n = fakeToken('jwk-d', 'modulus');
  const k = fakeToken('jwk-k');
  const run = (file: string, text: string) => check(knownToken, { file, text });
  it.each([
    // IdentityServer's tempkey.jwk, as .NET writes it.
    ['src/Services/Identity/Identity.API/tempkey.jwk', `{"AdditionalData":{},"Alg":"RS256","D":"${d}","DP":"${k}","E":"AQAB","Kty":"RSA","N":"${n}"}`, d],
    ['keys/jwks.json', `{\n  "keys": [\n    {\n      "kty": "RSA",\n      "kid": "main",\n      "n": "${n}",\n      "e": "AQAB",\n      "d": "${d}"\n    }\n  ]\n}`, d],
    ['config/signing.json', `{"kty":"EC","crv":"P-256","x":"${k}","y":"${k}","d":"${k.split('').reverse().join('')}"}`, k.split('').reverse().join('')],
    ['src/auth/keys.ts', `export const signingKey = {\n  kty: 'oct',\n  k: '${k}',\n  alg: 'HS256',\n};`, k],
    // .NET's RSAParameters, IdentityServer's older tempkey.rsa.
    ['tempkey.rsa', `{"KeyId":"a1b2","Parameters":{"D":"${Buffer.from(d).toString('base64')}","DP":"x","InverseQ":"y"}}`, Buffer.from(d).toString('base64')],
  ])('reports the private member of %s', (file, text, secret) => {
    const found = run(file, text);
    expect(found.map((f) => f.secret)).toEqual([secret]);
    expect(found[0]!.severity).toBeUndefined();
    expect(found[0]!.policy).toBe('private-key');
  });

  it('says tempkey.jwk is IdentityServer\'s developer key, to ignore', () => {
    const [f] = run('src/Identity.API/tempkey.jwk', `{"AdditionalData":{},"Alg":"RS256","D":"${d}","E":"AQAB","Kty":"RSA","N":"${n}"}`);
    expect(f!.message).toMatch(/^A private key \(JWK\) is written here: IdentityServer's developer signing key/);
    expect(f!.message).toContain('Keep `tempkey.jwk` out of git (list it in .gitignore)');
  });

  it('says tempkey.rsa is the key of IdentityServer4 before 4.0, which later versions no longer read', () => {
    const [f] = run('src/Api/tempkey.rsa', `{"KeyId":"a1b2","Parameters":{"D":"${Buffer.from(d).toString('base64')}","DP":"x","InverseQ":"y"}}`);
    expect(f!.message).toMatch(/^A private key \(\.NET `RSAParameters` as JSON\) is written here: the developer signing key of IdentityServer4 before 4\.0/);
    expect(f!.message).toContain('4.0 and later keep it in `tempkey.jwk` and no longer read this file');
    expect(f!.message).toContain('Delete `tempkey.rsa`');
    expect(f!.message).not.toContain('(JWK)');
  });

  it('names RSAParameters outside IdentityServer\'s file too', () => {
    const [f] = run('keys/signing.json', `{"Modulus":"${n}","Exponent":"AQAB","D":"${d}","InverseQ":"${k}"}`);
    expect(f!.message).toBe('A private key (.NET `RSAParameters` as JSON) is written here. Remove it, generate a new key where it is used and keep it in a secret store.');
  });

  it('gives any other key file the general advice', () => {
    const [f] = run('keys/jwks.json', `{"keys":[{"kty":"RSA","n":"${n}","e":"AQAB","d":"${d}"}]}`);
    expect(f!.message).not.toContain('IdentityServer');
  });

  it.each([
    // Public keys: a JWKS has `n` and `e`, `x` and `y`, and no private member.
    ['.well-known/jwks.json', `{"keys":[{"kty":"RSA","kid":"main","use":"sig","n":"${n}","e":"AQAB"}]}`],
    ['jwks.json', `{"keys":[{"kty":"EC","crv":"P-256","x":"${k}","y":"${k}"}]}`],
    // A `k` beside a key type other than `oct`, a `d` far from any key type, an SVG path, a run of one character.
    ['key.json', `{"kty":"RSA","k":"${k}"}`],
    ['icons.json', `{"icons":[{"name":"user","d":"${k}"}]}\n` + '\n'.repeat(60) + '{"kty":"RSA"}'],
    ['icon.json', '{"kty":"RSA","path":{"d":"M10 10 L20 20 L30 10 Z M40 40 L50 50 L60 40 Z"}}'],
    ['jwk.json', `{"kty":"RSA","d":"${'A'.repeat(342)}"}`],
    // `kty` inside some base64 is no key type.
    ['data.json', `{"blob":"QmFzZTY0kTyZGF0YQ=="}\n{"d":"${k}"}`],
  ])('leaves %s alone', (file, text) => {
    expect(run(file, text)).toEqual([]);
  });
});

describe('known-token: what a private key block is called, and what to do', () => {
  const pem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  it('says to make a new key pair, not to revoke it at a provider', () => {
    const [f] = check(knownToken, { file: 'deploy/tls.key', text: pem });
    expect(f!.message).toMatch(/^A PEM private key block is written here\. Make a new key pair where it is used and revoke what trusts this one/);
    expect(f!.message).not.toContain('provider');
  });
  it.each([
    ['config/gpg/unsecure_private.key', 'made for tests'],
    ['keys/dummy.key', 'made for tests'],
    ['certs/example.pem', 'an example'],
    ['config/elk-example.p8', 'an example'],
  ])('calls a key in %s, a key file whose name says so, a notice', (file, says) => {
    const [f] = check(knownToken, { file, text: pem });
    expect(f!.severity).toBe('notice');
    expect(f!.message).toContain(`a name that says it is ${says}`);
  });
  it.each(['certs/server.key', 'keys/latest.pem', 'config/contest.key', 'src/test_keys.py'])('keeps a key in %s a live key', (file) => {
    const [f] = check(knownToken, { file, text: file.endsWith('.py') ? `KEY = '''${pem}'''` : pem });
    expect(f!.severity).toBeUndefined();
  });
  it('puts an SSH key in the login-key row, by its OpenSSH label or its file name, and other keys in the private-key row', () => {
    const body = pem.split('\n').slice(1, -2).join('\n');
    const openssh = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`;
    expect(check(knownToken, { file: 'config/signer', text: openssh })[0]!.policy).toBe('login-key');
    for (const file of ['.github/deploy_key', '.travis/id_rsa', 'ci/github-deploy-key.pem', 'keys/ssh.key']) {
      expect(check(knownToken, { file, text: pem })[0]!.policy, file).toBe('login-key');
    }
    for (const file of ['examples/tls/key.pem', 'certs/server.key', 'keys/ssh.key.pub', 'keys/sshd_config.pem']) {
      expect(check(knownToken, { file, text: pem })[0]!.policy, file).toBe('private-key');
    }
    // Keys a provider issues for its API, and OpenPGP keys (release signing), by their names and labels.
    for (const file of ['keys/my-app.2024-01-31.private-key.pem', 'fastlane/AuthKey_ABC123DEFG.p8', 'snowflake/rsa_key.p8', '.github/deploy_rsa']) {
      expect(check(knownToken, { file, text: pem })[0]!.policy, file).toBe('login-key');
    }
    const pgp = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body}\n-----END PGP PRIVATE KEY BLOCK-----\n`;
    expect(check(knownToken, { file: '.github/release.asc', text: pgp })[0]!.policy).toBe('login-key');
    expect(check(knownToken, { file: 'certs/server_rsa.pem', text: pem })[0]!.policy).toBe('private-key');
    // By the name it is given, in a CI job; code about SSH is no key file by its own name.
    const indented = pem.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');
    expect(check(knownToken, { file: '.gitlab-ci.yml', text: `variables:\n  SSH_PRIVATE_KEY: |\n${indented}\n` })[0]!.policy).toBe('login-key');
    expect(check(knownToken, { file: '.gitlab-ci.yml', text: `variables:\n  SAML_SIGNING_KEY: |\n${indented}\n` })[0]!.policy).toBe('private-key');
    expect(check(knownToken, { file: '.gitlab-ci.yml', text: `variables:\n  DEPLOYMENT_TLS_KEY: |\n${indented}\n` })[0]!.policy).toBe('private-key');
    expect(check(knownToken, { file: 'examples/ssh-server.js', text: `const hostKey = \`${pem}\`;\n` })[0]!.policy).toBe('private-key');
  });
  it('calls an OpenPGP block by its name', () => {
    const body = pem.split('\n').slice(1, -2).join('\n');
    const [f] = check(knownToken, { file: 'keys/release.asc', text: `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body}\n-----END PGP PRIVATE KEY BLOCK-----\n` });
    expect(f!.message).toMatch(/^A PGP private key block is written here\./);
  });
});

describe('known-token: PEM key blocks cut short', () => {
  // Made when the test runs, so no file of the repository holds a key.
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const lines = pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString().trim().split('\n');
  const pkcs8 = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim().split('\n');
  const ecLines = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString().trim().split('\n');
  const block = (keep: (line: string, i: number) => boolean, prefix = '', from = lines) => from.filter(keep).map((l) => prefix + l).join('\n');
  const run = (file: string, text: string) => check(knownToken, { file, text });

  it.each([
    // Two lines of a 2,048-bit key, commented out in role defaults as a sample of the variable's shape.
    ['roles/letsencrypt/defaults/main.yml', `#account_key_content: |\n${block((_, i) => i <= 2 || i === lines.length - 1, '#  ')}\n`],
    ['config/jwt.yml', `private_key: |\n${block((_, i) => i <= 3 || i === pkcs8.length - 1, '  ', pkcs8)}\n`],
  ])('calls the sample in %s a notice, and says it is cut short', (file, text) => {
    const found = run(file, text);
    expect(found.map((f) => f.severity)).toEqual(['notice']);
    expect(found[0]!.message).toContain('cut short');
  });

  it.each([
    ['whole', block(() => true)],
    // A line lost on the way leaves most of the key, which is still one to revoke.
    ['missing a line', block((_, i) => i !== 5)],
    // Half a key holds the private exponent after the modulus: enough to factor the modulus.
    ['cut after its first half', block((_, i) => i <= 12 || i === lines.length - 1)],
    // Pieces of each line apart, as a web page or a log wraps them.
    ['written in pieces', block((_, i) => i === 0 || i === lines.length - 1).replace('\n', `\n${lines.slice(1, -1).map((l) => `${l.slice(0, 45)} ${l.slice(45)}`).join('\n')}\n`)],
    // An EC key's secret comes first, in its first line.
    ['of an EC key, cut to its first line', block((_, i) => i <= 1 || i === ecLines.length - 1, '', ecLines)],
  ])('reports a key block %s as a live key', (_, text) => {
    const found = run('deploy/tls.key', `${text}\n`);
    expect(found.map((f) => f.severity)).toEqual([undefined]);
    expect(found[0]!.message).not.toContain('cut short');
  });

  it('reports a key block whose END line is out of reach as a live key', () => {
    const far = `${lines[0]}\n${lines[1]}\n${'\n'.repeat(300)}${lines[lines.length - 1]}\n`;
    expect(run('deploy/tls.key', far).map((f) => f.severity)).toEqual([undefined]);
    const near = `${lines[0]}\n${lines[1]}\n${'\n'.repeat(100)}${lines[lines.length - 1]}\n`;
    expect(run('deploy/tls.key', near).map((f) => f.severity)).toEqual(['notice']);
  });
});

describe('known-token: private keys written as bare base64 DER', () => {
  // Made when the test runs, so no file of the repository holds a key.
  const rsa = (bits: number) => generateKeyPairSync('rsa', { modulusLength: bits }).privateKey;
  const der = (key: KeyObject, type: 'pkcs8' | 'pkcs1') => key.export({ type, format: 'der' }).toString('base64');
  const rsa1024 = rsa(1024);
  const pkcs8 = der(rsa1024, 'pkcs8');
  const pkcs1 = der(rsa1024, 'pkcs1');
  const pkcs1Small = der(rsa(512), 'pkcs1');
  const ec = der(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey, 'pkcs8');
  const ec384 = der(generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).privateKey, 'pkcs8');
  const ed = der(generateKeyPairSync('ed25519').privateKey, 'pkcs8');
  const spki = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const run = (file: string, text: string) => check(knownToken, { file, text });
  it.each([
    ['src/main/resources/application.yml', `rsa:\n  private_key: ${pkcs8}\n`, pkcs8],
    ['src/main/resources/alipay.properties', `alipay.app-id=2021000000000000\nalipay.private-key=${pkcs1}\n`, pkcs1],
    ['config/payment.php', `<?php\nreturn ['private_key' => '${pkcs1Small}'];\n`, pkcs1Small],
    ['keys/signing.json', `{"alg": "ES256", "key": "${ec}"}`, ec],
    ['keys/signing384.json', `{"alg": "ES384", "key": "${ec384}"}`, ec384],
    ['src/keys.go', `var signingKey = "${ed}"\n`, ed],
    // Wrapped over lines as PEM does, without the armour: the first line is the finding.
    ['deploy/values.yaml', `jwt:\n  privateKey: |\n    ${pkcs8.match(/.{1,64}/g)!.join('\n    ')}\n`, pkcs8.slice(0, 64)],
  ])('reports the key in %s', (file, text, secret) => {
    const found = run(file, text);
    expect(found.map((f) => f.secret)).toEqual([secret]);
    expect(found[0]!.severity).toBeUndefined();
    expect(found[0]!.policy).toBe('private-key');
    expect(found[0]!.message).toContain('without PEM armour');
  });

  it('reports a key whose random body holds four x\'s in a row, as one in some hundreds does', () => {
    const spliced = (key: string) => `${key.slice(0, 120)}xXxX${key.slice(124)}`;
    const der = spliced(ec384);
    expect(run('keys/signing384.json', `{"alg": "ES384", "key": "${der}"}`).map((f) => [f.secret, f.severity])).toEqual([[der, undefined]]);
    const body = spliced(pkcs8).match(/.{1,64}/g)!;
    const pem = run('config/jwt.pem', `-----BEGIN PRIVATE KEY-----\n${body.join('\n')}\n-----END PRIVATE KEY-----\n`);
    expect(pem.map((f) => f.severity)).toEqual([undefined]);
  });

  it('calls a key under a name made for tests a notice', () => {
    const found = run('src/crypto.ts', `export const TEST_PRIVATE_KEY = '${pkcs8}';\n`);
    expect(found.map((f) => f.severity)).toEqual(['notice']);
  });

  it('calls a key under a name that says it is an example a notice, and says so', () => {
    const found = run('src/docs/snippets.ts', `export const SAMPLE_PRIVATE_KEY = '${pkcs8}';\n`);
    expect(found.map((f) => f.severity)).toEqual(['notice']);
    expect(found[0]!.message).toContain('`SAMPLE_PRIVATE_KEY`: a name that says it is an example');
  });

  it.each([
    // A public key, and a certificate.
    ['application.yml', `rsa:\n  public_key: ${spki}\n`],
    ['cert.txt', `MIIDXTCCAkWgAwIBAgIJAKL0UG+mRkSPMA0GCSqGSIb3DQEBCwUAMEUxCzAJBgNVBAYTAkFVMRMwEQYDVQQIDApTb21lLVN0YXRl\n`],
    // The body of a PEM block is the PEM block's finding alone (checked below), cut short, or a run of one character.
    ['help.txt', `Paste your key, which starts like ${pkcs8.slice(0, 40)}... into the field.\n`],
    ['help2.txt', `key: ${pkcs8.slice(0, 32)}${'A'.repeat(400)}\n`],
    // Not what its start says: a length the run does not reach, in a run shorter than a line.
    ['short.txt', `key: ${pkcs8.slice(0, 60)}\n`],
  ])('leaves %s alone', (file, text) => {
    expect(run(file, text)).toEqual([]);
  });

  it('reports a bare key beside a certificate or a public key, whose PEM blocks are closed', () => {
    const certificate = `${pemMarker('BEGIN', 'CERTIFICATE')}\\nMIIDXTCCAkWgAwIBAgIJAKL0UG\\n${pemMarker('END', 'CERTIFICATE')}`;
    expect(run('keys.json', `{"cert":"${certificate}","key":"${pkcs8}"}`).map((f) => f.secret)).toEqual([pkcs8]);
    const pub = `pub=${pemMarker('BEGIN', 'PUBLIC KEY')}\n${spki}\n${pemMarker('END', 'PUBLIC KEY')}\nx=1\nprivate=${pkcs1}\n`;
    expect(run('keys.properties', pub).map((f) => f.secret)).toEqual([pkcs1]);
  });

  it('reports a PEM block once, as the PEM block', () => {
    const body = pkcs8.match(/.{1,64}/g)!.join('\n');
    for (const text of [
      `${pemMarker('BEGIN', 'PRIVATE KEY')}\n${body}\n${pemMarker('END', 'PRIVATE KEY')}\n`,
      `key = "${pemMarker('BEGIN', 'PRIVATE KEY')}\\n${pkcs8}\\n${pemMarker('END', 'PRIVATE KEY')}"\n`,
    ]) {
      const found = run('keys/server.key', text);
      expect(found.map((f) => f.key)).toEqual(['pem-private-key']);
    }
  });
});

describe('known-token: private keys written as a PEM block in base64', () => {
  // Made when the test runs, so no file of the repository holds a key.
  const pair = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const pem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const b64 = Buffer.from(pem).toString('base64');
  const publicB64 = Buffer.from(pair.publicKey.export({ type: 'spki', format: 'pem' }).toString()).toString('base64');
  const run = (file: string, text: string) => check(knownToken, { file, text });

  it.each([
    ['.github/workflows/main.yml', `jobs:\n  test:\n    env:\n      PRIVATE_KEY: '${b64}'\n`, 4],
    ['.env.production', `SAML_PRIVATE_KEY=${b64}\n`, 1],
    ['deploy/secret.yaml', `data:\n  key: ${b64}\n`, 2],
  ])('reports the key in %s', (file, text, line) => {
    const found = run(file, text);
    expect(found.map((f) => [f.key, f.line, f.severity, f.policy])).toEqual([['base64-pem-private-key', line, undefined, 'private-key']]);
    expect(found[0]!.secret).toBe(b64);
    expect(found[0]!.message).toContain('a PEM block encoded in base64');
  });

  it('tells a key in a test fixture that it may have been made for its use, as a PEM block is told; not in a workflow', () => {
    const file = 'test/files/ssl/example.test/rsa.acme.json';
    const [f] = run(file, `{\n  "Certificates": [{\n    "key": "${b64}"\n  }]\n}\n`);
    const placed = placeFinding({ ...f!, path: file, status: 'tracked' }, knownToken.meta.severity, knownToken.meta.policy, new ContextClassifier())!;
    expect(placed).toMatchObject({ severity: 'notice', context: 'test' });
    expect(placed.message).toMatch(/^A private key \(a PEM block encoded in base64\) is written here\. If it was made for this use, it can stay/);
    const [w] = run('.github/workflows/main.yml', `jobs:\n  test:\n    env:\n      PRIVATE_KEY: '${b64}'\n`);
    expect(w!.madeUpMessage).toBeUndefined();
    // A service container's, which the job starts for its tests (boxyhq's mock SAML identity provider): a notice.
    const [service] = run('.github/workflows/main.yml', `jobs:\n  ci:\n    services:\n      mocksaml:\n        image: boxyhq/mock-saml:1.3.9\n        env:\n          PRIVATE_KEY: '${b64}'\n`);
    expect(service).toMatchObject({ severity: 'notice', line: 7 });
    expect(service!.message).toContain('a service container a CI job starts for its tests');
  });

  it('finds the key after a certificate, in a bundle of both', () => {
    const certificate = `${pemMarker('BEGIN', 'CERTIFICATE')}\nMIIDXTCCAkWgAwIBAgIJAKL0UG+mRkSPMA0GCSqGSIb3DQEBCwUAMEUxCzAJBgNVBAYTAkFV\n${pemMarker('END', 'CERTIFICATE')}\n`;
    const bundle = Buffer.from(certificate + pem).toString('base64');
    expect(run('haproxy/values.yaml', `tls:\n  pem: ${bundle}\n`).map((f) => [f.key, f.line])).toEqual([['base64-pem-private-key', 2]]);
  });

  it('reads a run wrapped over lines as `base64` writes it, and points at its first line', () => {
    const wrapped = b64.match(/.{1,76}/g)!;
    const found = run('k8s/secret.yaml', `data:\n  tls.key: |\n    ${wrapped.join('\n    ')}\nkind: Secret\n`);
    expect(found.map((f) => [f.line, f.secret])).toEqual([[3, b64]]);
  });

  it('reads a run on a line longer than a window, as a 4,096-bit key in a Kubernetes Secret is', () => {
    const big = Buffer.from(generateKeyPairSync('rsa', { modulusLength: 4096 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()).toString('base64');
    expect(big.length).toBeGreaterThan(4096);
    const found = run('extras/jwt/jwt-secret.yaml', `apiVersion: v1\nkind: Secret\ndata:\n  jwtRS256.key: ${big}\n  jwtRS256.key.pub: ${publicB64}\n`);
    expect(found.map((f) => [f.key, f.line, f.secret])).toEqual([['base64-pem-private-key', 4, big]]);
    // A key after a certificate whose run goes on past the first window, on the same line (a one-line
    // `last-applied-configuration`), and an OpenSSH key encoded so logs in.
    const cert = Buffer.from(`${pemMarker('BEGIN', 'CERTIFICATE')}\n${'MIIDXTCCAkWgAwIBAgIJAKL0UG+mRkSPMA0GCSqGSIb3DQEBCwUAMEUxCzAJBgNVBAYTAkFV\n'.repeat(60)}${pemMarker('END', 'CERTIFICATE')}\n`).toString('base64');
    const oneLine = run('deploy/secret.json', `{"data":{"tls.crt":"${cert}","tls.key":"${b64}"}}`);
    expect(oneLine.map((f) => f.secret)).toEqual([b64]);
    const sshB64 = Buffer.from(pem.replace(/PRIVATE KEY/g, 'OPENSSH PRIVATE KEY')).toString('base64');
    expect(run('k8s/ssh.yaml', `data:\n  ssh-privatekey: ${sshB64}\n`).map((f) => f.policy)).toEqual(['login-key']);
    // Wrapped after a long first line, too.
    const wrapped = run('deploy/secret.yaml', `data:\n  key: ${big.slice(0, 4200)}\n    ${big.slice(4200)}\n`);
    expect(wrapped.map((f) => [f.line, f.secret])).toEqual([[2, big]]);
  });

  it('calls a key under a name made for tests a notice', () => {
    expect(run('src/saml.ts', `export const TEST_PRIVATE_KEY = '${b64}';\n`).map((f) => f.severity)).toEqual(['notice']);
  });

  it('calls a placeholder body a notice, and a mask of one character no key', () => {
    const placeholder = Buffer.from(`${pemMarker('BEGIN', 'PRIVATE KEY')}\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${'x'.repeat(32)}\n${pemMarker('END', 'PRIVATE KEY')}\n`).toString('base64');
    expect(run('deploy/values.yaml', `privateKey: ${placeholder}\n`).map((f) => f.severity)).toEqual(['notice']);
    const mask = Buffer.from(`${pemMarker('BEGIN', 'PRIVATE KEY')}\n${'X'.repeat(64)}\n${'X'.repeat(64)}\n${pemMarker('END', 'PRIVATE KEY')}\n`).toString('base64');
    expect(run('deploy/values.yaml', `privateKey: ${mask}\n`)).toEqual([]);
    const partly = Buffer.from(`${pemMarker('BEGIN', 'PRIVATE KEY')}\n${'X'.repeat(64)}\n${pkcs8Line}\n${pemMarker('END', 'PRIVATE KEY')}\n`).toString('base64');
    expect(run('deploy/values.yaml', `privateKey: ${partly}\n`)).toHaveLength(1);
  });

  it.each([
    // A public key and a certificate in base64, a key cut short, the mark inside a longer run, the mark alone.
    ['public', `PUBLIC_KEY=${publicB64}\n`],
    ['cut', `PRIVATE_KEY=${b64.slice(0, 120)}...\n`],
    ['inside', `blob=QUJD${b64}\n`],
    ['mark', 'Keys in base64 start with LS0tLS1CRUdJTi, the base64 of five dashes and BEGIN.\n'],
  ])('leaves the %s case alone', (_, text) => {
    expect(run('config/app.env', text)).toEqual([]);
  });
});

describe('known-token: tokens after an escape', () => {
  it('finds a token right after \\x22 or \\u0022, as escaped JSON in a script writes it', () => {
    for (const text of [`var c = "\\x22key\\x22:\\x22${google}\\x22";`, `"{\\u0022apiKey\\u0022:\\u0022${google}\\u0022}"`, `u=\\x3d${google}`]) {
      expect(check(knownToken, { file: 'page.html', text }).map((f) => f.secret), text).toEqual([google]);
    }
  });
});

describe('known-token: AWS key ids in a URL query', () => {
  it('is a notice in a presigned or affiliate link, and anywhere else in the line what a key id alone is', () => {
    const severities = (text: string) => check(knownToken, { file: 'app/views/product.html', text }).map((f) => f.severity ?? 'error');
    expect(severities(`<a href="https://www.amazon.com/dp/B0061SWV8Y?psc=1&amp;SubscriptionId=${aws}&amp;tag=x">`)).toEqual(['notice']);
    expect(severities(`https://bucket.s3.amazonaws.com/a.pdf?AWSAccessKeyId=${aws}&Expires=1700000000&Signature=abc`)).toEqual(['notice']);
    expect(severities(`https://bucket.s3.amazonaws.com/a.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${aws}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request`)).toEqual(['notice']);
    // A presigned query written as a string of its own, appended to the URL after its `?` (gumroad's specs).
    expect(severities(`url += "AWSAccessKeyId=${aws}&Expires=1386261022&Signature=FxVDxxx"`)).toEqual(['notice']);
    // A string that starts so with nothing of a presigned link after it is some program's own parameters.
    expect(severities(`body = "AWSAccessKeyId=${aws}&region=eu-west-1"`)).toEqual(['warning']);
    // A SigV4 credential scope anywhere: a presigned POST's fields, an `Authorization` header.
    expect(severities(`fields = {"x-amz-credential": "${aws}/20200225/eu-west-1/s3/aws4_request", "policy": "eyJ"}`)).toEqual(['notice']);
    expect(severities(`Authorization: AWS4-HMAC-SHA256 Credential=${aws}/20130524/us-east-1/s3/aws4_request, SignedHeaders=host`)).toEqual(['notice']);
    // Without its secret beside it, a key id is a warning; a program's own parameters may travel with the secret.
    expect(severities(`aws_access_key_id = ${aws}/2020`)).toEqual(['warning']);
    expect(severities(`aws_access_key_id = ${aws}  # https://console.aws.amazon.com/?region=eu-west-1`)).toEqual(['warning']);
    expect(severities(`AWS_ACCESS_KEY_ID=${aws}`)).toEqual(['warning']);
    expect(severities(`curl "https://api.internal.corp/upload?aws_key=${aws}"`)).toEqual(['warning']);
    expect(severities(`URL = "s3://bucket/e.parquet?s3_access_key_id=${aws}&s3_region=eu-west-1"`)).toEqual(['warning']);
    expect(severities(`curl "https://api.internal.corp/upload?aws_key=${aws}&aws_secret=${awsSecret}"`)).toEqual(['error', 'error']);
  });

  it("places a secret access key beside a key id that is no AWS key id as another S3-compatible store's, a chosen value", () => {
    const placedAt = (file: string, text: string) =>
      check(knownToken, { file, text }).map((f) => placeFinding({ ...f, path: file, status: 'tracked' }, knownToken.meta.severity, knownToken.meta.policy, new ContextClassifier())!);
    // A MinIO server's credentials under AWS's names: a chosen value, placed as one (a notice in the docs).
    const readme = placedAt('deployments/README.md', `docker run -e AWS_ACCESS_KEY_ID=5MV4ZQ9XPLK2RT7BNW3E -e AWS_SECRET_ACCESS_KEY=${awsSecret} -e AWS_S3_ENDPOINT_URL=http://192.168.1.5:19000 app`);
    expect(readme.map((f) => [f.severity, f.context])).toEqual([['notice', 'docs']]);
    expect(readme[0]!.message).toMatch(/^An S3-compatible store's secret access key is written here: its access key id beside it is no AWS key id\. If it is made up/);
    // In code, a quoted id, or an unquoted one under an environment variable's name (a command in a string).
    for (const [file, text] of [
      ['app/storage.py', `s3 = boto3.client("s3", endpoint_url="http://minio:9000",\n    aws_access_key_id="minio-user",\n    aws_secret_access_key="${awsSecret}")`],
      ['scripts/minio.js', `execSync("docker run -e AWS_ACCESS_KEY_ID=minioadmin -e AWS_SECRET_ACCESS_KEY=${awsSecret} minio/mc");`],
    ] as const) {
      expect(check(knownToken, { file, text }).map((f) => f.message.slice(0, 40)), file).toEqual(["An S3-compatible store's secret access k"]);
    }
    const compose = placedAt('docker-compose.yml', `services:\n  app:\n    environment:\n      AWS_ACCESS_KEY_ID: minioadmin\n      AWS_SECRET_ACCESS_KEY: ${awsSecret}`);
    expect(compose.map((f) => [f.severity ?? knownToken.meta.severity, f.context])).toEqual([['error', 'production']]);
    expect(compose[0]!.message).toMatch(/^An S3-compatible store's secret access key .*Change it where the store sets it/);
    expect(compose[0]!.message).not.toMatch(/Revoke it at the provider/);
    // Beside an AWS key id, or a key id read from elsewhere, or none: AWS's.
    for (const text of [
      `AWS_ACCESS_KEY_ID=${aws}\nAWS_SECRET_ACCESS_KEY=${awsSecret}`,
      `AWS_ACCESS_KEY_ID=\${AWS_ACCESS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${awsSecret}`,
      `aws_access_key_id: "{{ vault_aws_key_id }}"\naws_secret_access_key: "${awsSecret}"`,
      `AWS_SECRET_ACCESS_KEY=${awsSecret}`,
      // A reference for a key id: the environment, a configuration, a variable in code.
      `s3 = boto3.client("s3",\n    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],\n    aws_secret_access_key="${awsSecret}")`,
      `AWS_ACCESS_KEY_ID = ENV.fetch("AWS_ACCESS_KEY_ID")\nAWS_SECRET_ACCESS_KEY = "${awsSecret}"`,
      `new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: "${awsSecret}" } });`,
      `client = boto3.client("s3", aws_access_key_id=access_key, aws_secret_access_key="${awsSecret}")  # boto3`,
      `AWS_ACCESS_KEY_ID = S3_KEY  # boto3\nAWS_SECRET_ACCESS_KEY = "${awsSecret}"`,
      `AWS_ACCESS_KEY_ID = None  # boto3\nAWS_SECRET_ACCESS_KEY = "${awsSecret}"`,
      `export AWS_ACCESS_KEY_ID=\`aws configure get aws_access_key_id\`\nexport AWS_SECRET_ACCESS_KEY=${awsSecret}`,
      // An AWS key id found beside it, under any name, and another store's id further down.
      `AWS_KEY=${aws}\nAWS_SECRET_ACCESS_KEY=${awsSecret}\nR2_ACCESS_KEY_ID=minio-user`,
      `docker run -e AWS_SECRET_ACCESS_KEY=${awsSecret} -e AWS_ACCESS_KEY_ID=${aws} app\nMINIO_ACCESS_KEY=minioadmin`,
    ]) {
      const file = text.includes('boto3') ? 'app/storage.py' : 'deploy/settings.env.sh';
      const found = check(knownToken, { file, text }).filter((f) => f.key === 'aws-secret-access-key');
      expect(found.map((f) => f.message), text).toEqual(['An AWS secret access key is written here. Revoke it at the provider, remove it and read it from a secret store.']);
    }
  });

  it('is a warning alone, and an error with its secret within five lines', () => {
    const alone = check(knownToken, { file: 'config/deploy.rb', text: `set :aws_access_key_id, "${aws}"` });
    expect(alone.map((f) => f.severity)).toEqual(['warning']);
    expect(alone[0]!.message).toBe(
      'An AWS access key id is written here, without its secret access key beside it: alone it signs no request, but it names ' +
        "an account's key. Make sure its secret key is nowhere in the repository or its history; if it ever was, deactivate the key.",
    );
    const pair = check(knownToken, { file: 'config/deploy.rb', text: `set :aws_access_key_id, "${aws}"\n\n\n\nset :aws_secret_access_key, "${awsSecret}"` });
    expect(pair.map((f) => f.severity)).toEqual([undefined, undefined]);
    // Further than five lines, an unrelated secret of the file pairs nothing (another service's, a session's).
    const far = check(knownToken, { file: 'config/deploy.rb', text: `set :aws_access_key_id, "${aws}"${'\n'.repeat(7)}set :aws_secret_access_key, "${awsSecret}"` });
    expect(far.map((f) => f.severity)).toEqual(['warning', undefined]);
    const services = check(knownToken, { file: 'config/services.php', text: `'ses' => [\n    'key' => '${aws}',\n    'secret' => env('SES_SECRET'),\n],\n'postmark' => [\n    'token' => env('POSTMARK_TOKEN'),\n],\n'mailgun' => [\n    'secret' => 'key-9f86d081884c7d659a2feaa0c55ad015',\n],` });
    expect(services.map((f) => f.severity)).toEqual(['warning']);
    // A commit's id is no secret's shape.
    const sha = check(knownToken, { file: 'deploy.json', text: `{ "key_id": "${aws}", "commit": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b" }` });
    expect(sha.map((f) => f.severity)).toEqual(['warning']);
    // A secret beside it under a name of the program's own, whatever its shape, pairs it too; a placeholder does not.
    const laravel = check(knownToken, { file: 'config/filesystems.php', text: `    's3' => [\n        'key' => '${aws}',\n        'secret' => '9f86d081884c7d659a2feaa0c55ad0159f86d081884c7d659a2feaa0c55ad015',\n    ],` });
    expect(laravel.map((f) => f.severity)).toEqual([undefined]);
    // A quoted value of a secret access key's shape beside it, whatever it is given to.
    const go = check(knownToken, { file: 'aws.go', text: `creds := credentials.NewStaticCredentialsProvider(\n\t"${aws}",\n\t"${awsSecret}",\n\t"",\n)` });
    expect(go.find((f) => f.key === 'aws-access-key-id')?.severity).toBeUndefined();
    const readme = check(knownToken, { file: 'README.md', text: `AWS_ACCESS_KEY_ID=${aws}\nAWS_SECRET_ACCESS_KEY=[secret]` });
    expect(readme.map((f) => f.severity)).toEqual(['warning']);
  });

  it('says why in the message', () => {
    const [f] = check(knownToken, { file: 'page.html', text: `https://www.amazon.com/dp/B0061SWV8Y?SubscriptionId=${aws}` });
    expect(f!.message).toMatch(/URL's query.*public by design/);
  });
});

describe('known-token: checksums', () => {
  it('computes the CRC-32 and base-62 encoding GitHub and npm use', () => {
    // CRC-32 of the ASCII digits is the standard check value.
    expect(crc32('123456789')).toBe(0xcbf43926);
    for (const s of ['', 'a', 'zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ', 'x'.repeat(30)]) expect(crc32(s)).toBe(crc32Bitwise(s));
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61, 6)).toBe('00000z');
    expect(base62(62, 6)).toBe('000010');
    expect(base62(0xffffffff, 6)).toBe('4gfFC3');
  });

  it('accepts a body whose last six characters are its checksum, and nothing else', () => {
    const body = withChecksum('zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ');
    expect(hasCrc32Checksum(body)).toBe(true);
    expect(hasCrc32Checksum(badChecksum(body))).toBe(false);
    expect(hasCrc32Checksum(body.slice(1) + 'a')).toBe(false);
  });

  it('a GitHub token with a failed checksum is not reported, whatever it is called', () => {
    for (let i = 0; i < 20; i++) {
      const t = fakeToken('ghp', `seed${i}`);
      expect(check(knownToken, { file: 'a.env.sh', text: `export GITHUB_TOKEN=${t}` })).toHaveLength(1);
      expect(check(knownToken, { file: 'a.env.sh', text: `export GITHUB_TOKEN=${badChecksum(t)}` })).toEqual([]);
    }
  });
});

describe('known-token: named formats are looked for in runs of their alphabet', () => {
  const parts = (f: (typeof NAMED_FORMATS)[number]) => {
    const m = /^\(\?<!\[(.+)\]\)\[\1\]\{(\d+),\}$/.exec(f.runs.source)!;
    return { chars: new RegExp(`^[${m[1]}]$`), min: Number(m[2]) };
  };

  it.each(NAMED_FORMATS.map((f) => [f.id, f] as const))('%s: its runs take the characters of its alphabet, and only those', (_, f) => {
    const { chars } = parts(f);
    for (let c = 0; c < 0x10000; c++) if (f.alphabet(c) !== chars.test(String.fromCharCode(c))) throw new Error(`${f.id}: U+${c.toString(16)} differs`);
    expect(f.runs.flags).toBe('g');
  });

  // The shortest value of each format, as its reader takes it.
  const shortest: Record<string, string> = {
    'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYq8sW2dT4vZ',
    'twilio-api-key': `SK${'0123456789abcdef'.repeat(2)}`,
    'twilio-auth-token': 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6',
    'telegram-bot-token': '12345678:AAE_h7Qk2Lm9Xp4Rt6Vw8Yz0Bc3Df5Gh1Jk',
    'discord-bot-token': `M${'a'.repeat(22)}.${'b'.repeat(6)}.${'c'.repeat(27)}`,
    'vercel-token': 'a1B2c3D4e5F6g7H8i9J0k1L2',
    'cloudflare-token': 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0',
    'cloudflare-global-api-key': `${'0123456789abcdef'.repeat(2)}01234`,
    'vault-token': 's.a1B2c3D4e5F6g7H8i9J0k1L2',
    'notion-token': `secret_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V'}`,
  };

  it.each(NAMED_FORMATS.map((f) => [f.id, f] as const))('%s: its runs are as short as its shortest value', (id, f) => {
    const value = shortest[id]!;
    expect(f.read(` ${value} `, 1)).toBe(value.length + 1);
    expect(value.length).toBe(parts(f).min);
  });

  it.each(NAMED_FORMATS.map((f) => [f.id, f] as const))('%s: a run shorter than its runs holds no value, however it is made', (_, f) => {
    const { min } = parts(f);
    const alphabet = [...Array(128).keys()].filter((c) => f.alphabet(c)).map((c) => String.fromCharCode(c));
    // Seeded, so a failure can be replayed: runs of the alphabet one to a few characters short, led by each
    // prefix the formats read (`SK`, `s.`, `secret_`, a bot id and its colon) and by nothing.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (const lead of ['', 'SK', 's.', 'secret_', '123456789:', 'MTA', 'N']) {
      for (let len = Math.max(lead.length, min - 4); len < min; len++) {
        for (let k = 0; k < 200; k++) {
          let run = lead;
          while (run.length < len) run += alphabet[next() % alphabet.length];
          expect(f.read(` ${run} `, 1)).toBe(-1);
        }
      }
    }
  });
});

describe('known-token: messages, positions and what it covers', () => {
  it('names the test key a private key is assigned to, never the key', () => {
    const [f] = check(knownToken, { file: 'src/seeder/rsa_keys.rs', text: `const TEST_FAKE_RSA_KEY_0: &str = "${rsaBegin}\n${pemLine}\n${rsaEnd}";` });
    expect(f!.severity).toBe('notice');
    expect(f!.message).toContain('`TEST_FAKE_RSA_KEY_0`');
    expect(f!.message).not.toContain(pemLine.slice(0, 12));
  });

  it('says a key held by an example name is shown rather than used, and how to show one safely', () => {
    const [f] = check(knownToken, { file: 'src/ui/row.tsx', text: `const PRIVATE_KEY_PLACEHOLDER = \`${rsaBegin}\n${pemLine}\n${rsaEnd}\`;` });
    expect(f!.severity).toBe('notice');
    expect(f!.message).toContain('as `PRIVATE_KEY_PLACEHOLDER`: a name that says it is an example, shown rather than used');
    expect(f!.message).toContain('a placeholder in its shape');
    expect(f!.message).not.toContain(pemLine.slice(0, 12));
  });

  it('never puts the token in the message, and points at the token', () => {
    const text = `  token: "${ghp}"`;
    const [f] = check(knownToken, { file: 'a.yml', text });
    expect(f!.message).not.toContain(ghp);
    expect(f!.message).not.toContain(ghp.slice(4, 12));
    expect(f!.column).toBe(text.indexOf(ghp) + 1);
    expect(f!.endColumn).toBe(text.indexOf(ghp) + ghp.length + 1);
    expect(f!.key).toBe('github-token');
  });

  it('points at the key of a connection string, not at its name', () => {
    const text = `"${azureConn}"`;
    const [f] = check(knownToken, { file: 'appsettings.json', text });
    expect(f!.column).toBe(text.indexOf(azureKey) + 1);
    expect(f!.endColumn).toBe(text.indexOf(azureKey) + azureKey.length + 1);
    expect(f!.message).toContain('Azure storage account key');
  });

  it('names a service account key file for what it is', () => {
    const text = `{\n  "type": "service_account",\n  "project_id": "acme",\n  "private_key": "${pemMarker('BEGIN', 'PRIVATE KEY')}\\n${pemLine}\\n"\n}`;
    const [f] = check(knownToken, { file: 'acme-1a2b3c.json', text });
    expect(f!.message).toContain('Google Cloud service account key');
    // Google issued it: revoking it there is what to do, not making a key pair.
    expect(f!.message).toContain('Revoke it at the provider');
    expect(f!.key).toBe('gcp-service-account-key');
    // It logs in to Google Cloud wherever it is written: a CI folder's copy is live.
    expect(f!.policy).toBe('login-key');
  });

  it('keeps a weak password people use as a real URL password', () => {
    for (const pw of ['Secret2024!', 'Qwerty2024!', 'Local2023']) {
      expect(check(knownToken, { file: 'config/database.yml', text: `production:\n  url: postgres://app:${encodeURIComponent(pw)}@db.internal:5432/app` }).map((f) => f.secret), pw).toHaveLength(1);
    }
  });

  it('reports a password in a URL by its host, as a chosen secret', () => {
    const [f] = check(knownToken, { file: 'config.yml', text: 'url: postgres://app:N7pL4vR9tW3yB6cD@db.internal/app' });
    expect(f!.message).toContain('db.internal');
    expect(f!.message).not.toContain('N7pL4vR9tW3yB6cD');
    expect(f!.policy).toBe('secret');
  });

  it('reports a token inside a URL once, as the token', () => {
    const found = check(knownToken, { file: 'a.sh', text: `git clone https://ci:${ghp}@github.com/org/repo.git` });
    expect(found.map((f) => f.key)).toEqual(['github-token']);
  });

  it('leaves URL passwords in dotenv files and git configuration to their own rules', () => {
    expect(check(knownToken, { file: '.env', text: 'DATABASE_URL=postgres://app:N7pL4vR9tW3yB6cD@db/app' })).toEqual([]);
    expect(check(knownToken, { file: '.gitmodules', text: '[submodule "x"]\n\turl = https://ci:N7pL4vR9tW3yB6cD@git.acme.io/x.git' })).toEqual([]);
  });

  it('reports the BEGIN line of a key block', () => {
    const found = check(knownToken, { file: 'id_rsa', text: `\n${pem('RSA PRIVATE KEY')}` });
    expect(found.map((f) => f.line)).toEqual([2]);
    expect(found[0]!.message).toContain('PEM private key');
  });

  it('finds every token on a line, in order', () => {
    expect(findTokens(`${npm} ${aws} ${ghp} ${groq}`).map((m) => m.format.id)).toEqual(['npm-token', 'aws-access-key-id', 'github-token', 'groq-api-key']);
  });

  it('takes the longest prefix that fits: an Anthropic key is not an OpenAI key', () => {
    expect(findTokens(anthropic).map((m) => m.format.id)).toEqual(['anthropic-api-key']);
  });

  it('finds a token late in a very long line', () => {
    const text = 'x'.repeat(20_000) + ` ${npm}`;
    const found = check(knownToken, { file: 'bundle.js', text });
    expect(found.map((f) => f.column)).toEqual([20_002]);
  });

  it('stays linear on adversarial runs of prefixes', () => {
    const text = [
      ('xo' + 'xb-1').repeat(50_000),
      ('AK' + 'IA').repeat(50_000),
      '-----BEGIN '.repeat(20_000),
      ('sk' + '-').repeat(50_000),
      ('ts' + 'key-a-').repeat(30_000),
      'https://a:b'.repeat(30_000),
      ('TWILIO ' + 'SK').repeat(30_000),
      ('telegram ' + '12345678:').repeat(20_000),
    ].join('\n');
    const started = performance.now();
    expect(check(knownToken, { file: 'a.txt', text }).filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('skips files with no prefix without per-line work', () => {
    expect(check(knownToken, { file: 'a.txt', text: 'nothing to see\n'.repeat(1000) })).toEqual([]);
  });

  it("looks for a part of every format's prefix in the byte-level test", () => {
    for (const format of TOKEN_FORMATS) {
      for (const prefix of format.prefixes) {
        // OpenAI keys share `sk-` with plain text; their marker is what the file test looks for.
        const covered = format.id === 'openai-api-key' ? PREFIX_LITERALS.includes('T3BlbkFJ') : PREFIX_LITERALS.some((l) => prefix.includes(l));
        expect(covered, prefix).toBe(true);
      }
    }
    // Every fake token of each format passes the file test.
    for (const kind of ['aws', 'ghp', 'github-pat', 'glpat', 'gitlab-deploy', 'gitlab-runner', 'slack-bot', 'slack-app', 'slack-webhook', 'stripe-live', 'stripe-test', 'openai', 'anthropic', 'google', 'google-oauth', 'npm', 'pypi', 'sendgrid', 'shopify', 'linear', 'huggingface', 'groq', 'vercel', 'notion', 'databricks', 'grafana-sa', 'grafana-cloud', 'figma', 'cloudflare', 'docker-pat', 'tailscale', 'onepassword', 'vault', 'discord-webhook']) {
      const token = fakeToken(kind);
      expect(PREFIX_LITERALS.some((l) => token.includes(l)), kind).toBe(true);
      expect(findTokens(token).length, kind).toBe(1);
    }
  });

  // The provider words are searched in one pass, where a word that started another would hide it.
  it("names providers by words none of which starts another's", () => {
    const words = [...new Set(NAMED_FORMATS.flatMap((f) => f.words))];
    for (const a of words) for (const b of words) if (a !== b) expect(b.startsWith(a), `${a} starts ${b}`).toBe(false);
  });

  it('lists every provider it recognises', () => {
    const providers = new Set([...TOKEN_FORMATS, ...NAMED_FORMATS].map((f) => f.provider));
    for (const p of providers) expect(COVERS.some((line) => line.startsWith(`${p}:`)), p).toBe(true);
    for (const p of ['AWS', 'GitHub', 'GitLab', 'Slack', 'Stripe', 'OpenAI', 'Anthropic', 'Google', 'npm', 'PyPI', 'SendGrid', 'Shopify', 'Linear', 'Hugging Face', 'Groq', 'Vercel', 'Notion', 'Databricks', 'Grafana', 'Figma', 'Cloudflare', 'Azure', 'Docker', 'Tailscale', '1Password', 'HashiCorp Vault', 'Twilio', 'Discord', 'Telegram']) {
      expect(providers.has(p), p).toBe(true);
    }
  });

  it('--explain and the SARIF help list what it recognises', async () => {
    const page = rulePage(knownToken);
    const markdown = ruleMarkdown(knownToken);
    for (const line of COVERS) {
      expect(page).toContain(`\n- ${line}\n`);
      expect(markdown).toContain(`- ${line}`);
    }
    const explain = await runCli(['--explain', 'known-token']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('What it recognises');
    expect(explain.stdout).toContain('Telegram:');
  });

  it("its own documented examples scan clean: no finding above a notice in any rule's example", () => {
    for (const rule of RULES) {
      for (const ex of rule.meta.examples) {
        for (const text of [ex.flagged, ex.clean]) {
          // In the file it stands for, and as the plain text `--explain` prints.
          for (const file of [ex.file, 'explain.txt']) {
            const found = check(knownToken, { file, text }).filter((f) => f.severity !== 'notice');
            expect(found, `${rule.meta.id}: ${text}`).toEqual([]);
          }
        }
      }
      for (const line of rule.meta.covers ?? []) expect(check(knownToken, { file: 'a.txt', text: line })).toEqual([]);
    }
  });
});

describe('known-token: what a key in a test is told', () => {
  const placed = (file: string, text: string) => {
    const [f] = check(knownToken, { file, text });
    return placeFinding({ ...f!, path: file, status: 'tracked' }, knownToken.meta.severity, knownToken.meta.policy, new ContextClassifier())!;
  };
  it('tells a key where the policy lowers it that it may have been made for that use, and one elsewhere how to replace it', () => {
    const fixture = placed('test/fixtures/ssl/server.pem', pem('PRIVATE KEY'));
    expect(fixture).toMatchObject({ severity: 'notice', context: 'test' });
    expect(fixture.message).toMatch(/^A PEM private key block is written here\. If it was made for this use, it can stay: make sure nothing else trusts it/);
    // A CI job's, an example's, a development setup's key: a warning, told the same (and that a script may copy it into place).
    for (const [file, context] of [
      ['docker/ci-config/signing.key', 'ci'],
      ['examples/tls/server.pem', 'example'],
      ['.devcontainer/certs/server.key', 'development'],
    ] as const) {
      const f = placed(file, pem('PRIVATE KEY'));
      expect(f, file).toMatchObject({ severity: 'warning', context });
      expect(f.message, file).toMatch(/^A PEM private key block is written here\. If it was made for this use, it can stay: .*or a script copies it into a deployment/);
    }
    // Written into a pipeline's definition, a key is handed to its jobs (a GitHub App's, for a release): live.
    const indented = pem('PRIVATE KEY').split('\n').map((l) => `        ${l}`).join('\n');
    const workflow = placed('.github/workflows/release.yml', `jobs:\n  release:\n    env:\n      GH_APP_PRIVATE_KEY: |\n${indented}\n`);
    expect(workflow).toMatchObject({ severity: 'warning', context: 'ci' });
    expect(workflow.message).toMatch(/Make a new key pair where it is used/);
    // In a service container's environment, the key is the container's, which the job starts for its tests: a notice.
    const serviceKey = placed('.github/workflows/ci.yml', `jobs:\n  ci:\n    services:\n      mocksaml:\n        image: boxyhq/mock-saml:1.3.9\n        env:\n          PRIVATE_KEY: |\n${indented.replace(/^/gm, '    ')}\n    steps:\n      - run: npm test\n`);
    expect(serviceKey).toMatchObject({ severity: 'notice', context: 'ci', line: 8 });
    expect(serviceKey.message).toMatch(/^A PEM private key block is written in the environment of `services\.mocksaml`, a service container .* If it was made for this use, it can stay/);
    // Not a job's own `env:` beside its services, nor a step's, nor the same keys outside a workflow.
    const jobEnv = placed('.github/workflows/ci.yml', `jobs:\n  ci:\n    services:\n      db:\n        image: postgres:16\n    env:\n      PRIVATE_KEY: |\n${indented.replace(/^/gm, '  ')}\n`);
    expect(jobEnv).toMatchObject({ severity: 'warning' });
    const stepEnv = placed('.github/workflows/ci.yml', `jobs:\n  ci:\n    steps:\n      - name: sign\n        env:\n          PRIVATE_KEY: |\n${indented.replace(/^/gm, '    ')}\n`);
    expect(stepEnv.severity).not.toBe('notice');
    // An anchored `env:` may be given to a step too (`env: *signing`): it keeps its severity.
    const anchored = placed('.github/workflows/ci.yml', `jobs:\n  ci:\n    services:\n      db:\n        image: postgres:16\n        env: &signing\n          SAML_KEY: |\n${indented.replace(/^/gm, '    ')}\n    steps:\n      - env: *signing\n        run: ./sign\n`);
    expect(anchored.severity).not.toBe('notice');
    // An SSH key a service is given logs in wherever its public half is trusted: it keeps its severity.
    const sshService = placed('.github/workflows/ci.yml', `jobs:\n  ci:\n    services:\n      gitserver:\n        image: gitea/gitea\n        env:\n          SSH_PRIVATE_KEY: |\n${pem('RSA PRIVATE KEY').split('\n').map((l) => `            ${l}`).join('\n')}\n`);
    expect(sshService.severity).not.toBe('notice');
    const compose = placed('deploy/stack.yml', `jobs:\n  ci:\n    services:\n      saml:\n        env:\n          PRIVATE_KEY: |\n${indented.replace(/^/gm, '    ')}\n`);
    expect(compose.message).not.toMatch(/service container/);
    for (const file of ['.circleci/config.yml', '.buildkite/pipeline.yml', '.gitlab/ci/release.yml', '.woodpecker/deploy.yml']) {
      expect(placed(file, `env:\n  APP_KEY: |\n${indented}\n`).message, file).toMatch(/Make a new key pair where it is used/);
    }
    // A key file in a CI folder is one a job uses: it may have been made for it.
    expect(placed('.circleci/keys/server.key', pem('PRIVATE KEY')).message).toMatch(/If it was made for this use/);
    const shipped = placed('config/ssl/server.pem', pem('PRIVATE KEY'));
    expect(shipped.message).toMatch(/^A PEM private key block is written here\. Make a new key pair where it is used and revoke what trusts this one/);
    // A key in the docs is published to every reader, and a build's ships: the advice for a live key stays.
    expect(placed('docs/tls/server.pem', pem('PRIVATE KEY')).message).toMatch(/^A PEM private key block is written here\. Make a new key pair/);
    // An SSH key in a test is told where its public half must not be; in production code or a CI job, to replace it.
    const ssh = placed('test/fixtures/deploy_key', pem('OPENSSH PRIVATE KEY'));
    expect(ssh).toMatchObject({ severity: 'notice', context: 'test' });
    expect(ssh.message).toMatch(/^A PEM private key block is written here\. If it was made for this use, it can stay: make sure its public half is in no `authorized_keys`/);
    expect(placed('deploy/keys/deploy_key', pem('OPENSSH PRIVATE KEY')).message).not.toContain('If it was made for this use');
    expect(placed('.circleci/keys/deploy_key', pem('OPENSSH PRIVATE KEY')).message).not.toContain('If it was made for this use');
    // A key a provider issued for its API is revoked at the provider, in a test too.
    expect(placed('test/fixtures/acme.2024-01-01.private-key.pem', pem('RSA PRIVATE KEY')).message).not.toContain('If it was made for this use');
    // A key whose message already says what it is keeps it: one named for tests, a localhost certificate's.
    expect(placed('test/fixtures/keys.ts', `export const TEST_PRIVATE_KEY = \`${pem('PRIVATE KEY')}\`;`).message).not.toContain('If it was made for this use');
    expect(placed('test/fixtures/localhost-key.pem', pem('PRIVATE KEY')).message).toContain('the key of a certificate for `localhost`');
  });

  it('tells a key in a test or a CI job how to replace it when the same key is written in production code too', () => {
    const c = new FindingCollector([knownToken], ruleSettings({}), emptyStats());
    for (const path of ['test/fixtures/ssl/server.key', '.github/ci/server.key', 'config/ssl/server.key']) {
      const body = Buffer.from(pem('PRIVATE KEY'));
      c.addFile({ path, status: 'tracked', head: body.subarray(0, 8192), body, size: body.length });
    }
    const found = c.finish().findings;
    expect(found.map((f) => [f.path, f.context])).toEqual([
      ['.github/ci/server.key', 'ci'],
      ['config/ssl/server.key', 'production'],
      ['test/fixtures/ssl/server.key', 'test'],
    ]);
    for (const f of found) expect(f.message).not.toContain('If it was made for this use');
  });

  it('tells a key in a test that it may have been made for it when its only copies are in CI jobs and examples', () => {
    const c = new FindingCollector([knownToken], ruleSettings({}), emptyStats());
    for (const path of ['test/fixtures/ssl/server.key', 'examples/tls/server.key']) {
      const body = Buffer.from(pem('PRIVATE KEY'));
      c.addFile({ path, status: 'tracked', head: body.subarray(0, 8192), body, size: body.length });
    }
    for (const f of c.finish().findings) expect(f.message, f.path).toContain('If it was made for this use');
  });
});

describe('known-token: a provider named inside another word', () => {
  it('counts for nothing beside a value, though the file names the provider properly elsewhere', () => {
    const text = `VERCEL_TOKEN=${vercelLegacy}\n${'\n'.repeat(500)}{"names":["keyCode","recoverCellIndex","getAddResultActionToCell"]}`;
    expect(check(knownToken, { file: 'deploy/grid.js.map', text }).map((f) => f.line)).toEqual([1]);
  });
});

describe('known-token: a URL password for a compose service the file publishes on every interface', () => {
  const compose = (ports: string, file = 'docker-compose.yml', web = '    image: acme/web') =>
    check(knownToken, {
      file,
      text: `services:\n  web:\n${web}\n    environment:\n      - DATABASE_URL=postgresql://app:Kestrel71harbor@db:5432/app\n  db:\n    image: postgres:16\n${ports}    environment:\n      POSTGRES_DB: app\nvolumes:\n  data:\n`,
    });

  it('is a warning that names the mapping and asks for 127.0.0.1', () => {
    for (const [ports, mapping] of [
      ['    ports:\n      - "5432:5432"\n', '5432:5432'],
      ['    ports:\n      - 0.0.0.0:5432:5432/tcp\n', '0.0.0.0:5432:5432/tcp'],
      ['    ports:\n      - "5432"\n', '5432'],
      ['    ports: ["127.0.0.1:8080:8080", "5432:5432"]\n', '5432:5432'],
      ['    ports:\n      - target: 5432\n        published: 5432\n        protocol: tcp\n', 'published: 5432'],
      ['    ports:\n      - target: 5432\n        host_ip: 0.0.0.0\n        published: "5432"\n', 'published: 5432'],
      ['    network_mode: host\n', 'network_mode: host'],
      ['    ports:\n    - "5432:5432"\n', '5432:5432'],
    ] as const) {
      const [f] = compose(ports);
      expect(f, ports).toMatchObject({ severity: 'warning', line: 5 });
      expect(f!.message).toContain(`publishes that service's port on every interface of the host (\`${mapping}\`)`);
      expect(f!.message).toContain('127.0.0.1');
      expect(f!.message).not.toContain('Kestrel71harbor');
    }
  });

  it('stays a notice for a port bound to one address, set by the deployment, of another service, or not published', () => {
    for (const ports of [
      '    ports:\n      - "127.0.0.1:5432:5432"\n',
      '    ports:\n      - "${DB_PORT:-5432}:5432"\n',
      '    ports:\n      - target: 5432\n        published: 5432\n        host_ip: 127.0.0.1\n',
      '    expose:\n      - "5432"\n',
      '    ports:\n      - target: 5432\n        published: ${DB_PORT:-5432}\n',
      '',
    ]) {
      expect(compose(ports).map((f) => f.severity), ports).toEqual(['notice']);
    }
    // The web service's port is published, not the database's.
    expect(compose('', 'docker-compose.yml', '    image: acme/web\n    ports:\n      - "80:80"').map((f) => f.severity)).toEqual(['notice']);
  });

  it('reads a service keyed with an anchor, after a commented `services:`; a commented-out URL stays a notice', () => {
    const text = (url: string) => `services:  # the stack\n  web:\n    image: acme/web\n    environment:\n${url}\n  db: &db\n    image: postgres:16\n    ports:\n      - "5432:5432"\n`;
    expect(check(knownToken, { file: 'docker-compose.yml', text: text('      - DATABASE_URL=postgresql://app:Kestrel71harbor@db:5432/app') }).map((f) => f.severity)).toEqual(['warning']);
    expect(check(knownToken, { file: 'docker-compose.yml', text: text('      # - DATABASE_URL=postgresql://app:Kestrel71harbor@db:5432/app') }).map((f) => f.severity)).toEqual(['notice']);
  });

  it("stays a notice in a development stack, a test's, and outside compose files", () => {
    const ports = '    ports:\n      - "5432:5432"\n';
    expect(compose(ports, 'docker-compose.dev.yml').map((f) => f.severity)).toEqual(['notice']);
    expect(compose(ports, 'tests/docker-compose.yml').map((f) => f.severity)).toEqual(['notice']);
    expect(compose(ports, 'docker-compose.yml', '    image: acme/web\n    command: npm run dev').map((f) => f.severity)).toEqual(['notice']);
    expect(compose(ports, 'docker-compose.yml', '    build: .\n    volumes:\n      - ./:/app').map((f) => f.severity)).toEqual(['notice']);
    expect(check(knownToken, { file: 'app.yml', text: 'database:\n  url: postgresql://app:Kestrel71harbor@db:5432/app\nports:\n  - "5432:5432"\n' }).map((f) => f.severity)).toEqual(['notice']);
  });
});

describe('known-token: a URL password where values are made up', () => {
  const place = (file: string, text: string) =>
    check(knownToken, { file, text }).map((f) => placeFinding({ ...f, path: file, status: 'tracked' }, knownToken.meta.severity, knownToken.meta.policy, new ContextClassifier())!);

  it('tells a test or a CI job that a password made up for the service it starts can stay', () => {
    const [proxy] = place('tests/proxy_list/test_proxies.py', 'PROXY = "http://test:Kx8mQ2vL9pR4@squid-one:3128"\n');
    expect(proxy).toMatchObject({ severity: 'notice', context: 'test' });
    expect(proxy!.message).toBe('A password for squid-one is embedded in a URL. It reaches this machine or its own network of containers only: if it was made up for this use, it can stay.');
    const [remote] = place('tests/test_backup.py', 'URL = "https://backup:Kx8mQ2vL9pR4@backups.acme-corp.io/upload"\n');
    expect(remote!.message).toMatch(/^A password for backups\.acme-corp\.io is embedded in a URL\. If it was made up for this use, it can stay; if it is a real password, change it/);
    // In the application itself, the usual advice.
    const [mailer] = place('app/config.py', 'SMTP_URL = "smtp://mailer:AppSecret@smtp.acme-corp.io:587"\n');
    // A plain user name beside a password in Pascal case: a password.
    expect(mailer).toBeDefined();
    expect(mailer!.severity ?? knownToken.meta.severity).toBe('error');
    const [app] = place('app/config.py', 'URL = "https://backup:Kx8mQ2vL9pR4@backups.acme-corp.io/upload"\n');
    expect(app!.message).toMatch(/^A password for backups\.acme-corp\.io is embedded in a URL\. Change the password/);
  });
});

describe('known-token: an AWS SDK shape name is no secret access key', () => {
  it('takes 40 letters of words in camel case for a name, and random letters for a value', () => {
    // The AWS SDKs' shape names (`UpdateRepositoryCreationTemplateResponse`, 40 letters), in their service descriptions.
    expect(AWS_SECRET_ACCESS_KEY.identifier!('UpdateRepositoryCreationTemplateResponse')).toBe(true);
    expect(AWS_SECRET_ACCESS_KEY.identifier!('UserManagedClientApplicationClientSecret')).toBe(true);
    // Random base64 of letters only, and a key with digits or `+`/`/`, are values.
    expect(AWS_SECRET_ACCESS_KEY.identifier!('qHkRzvTbWnKpYsHdJLkJhGfDsbVcXzQaWmNpLrTx')).toBe(false);
    expect(AWS_SECRET_ACCESS_KEY.identifier!('wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY'.slice(0, 40))).toBe(false);
  });
});
