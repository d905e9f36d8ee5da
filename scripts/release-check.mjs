// Checks a release tag before anything is published, and prints its notes:
//   node scripts/release-check.mjs v1.2.3 > notes.md
// The tag must be "v" + package.json's version, and CHANGELOG.md must have a
// dated section for that version with something in it; that section is printed.
// Exit 1 when they disagree, 2 when the tag is not vX.Y.Z.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bodyText, findRelease, SEMVER } from './changelog.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function fail(message, code) {
  process.stderr.write(`release-check: ${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
const tag = args[0] ?? '';
if (args.length !== 1 || !tag.startsWith('v') || !SEMVER.test(tag.slice(1))) {
  fail(`give one tag of the form vX.Y.Z, e.g. v1.2.3 (got ${args.length === 0 ? 'none' : JSON.stringify(args.join(' '))})`, 2);
}
const version = tag.slice(1);
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
if (pkg.version !== version) {
  fail(`tag ${tag} does not match package.json's version ${pkg.version}; tag the commit that sets version ${version} (npm run release -- ${version} makes it)`, 1);
}
let section;
try {
  section = findRelease(readFileSync(`${root}CHANGELOG.md`, 'utf8'), version);
} catch (e) {
  fail(e.message, 1);
}
if (!section) fail(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section; npm run release -- ${version} moves Unreleased into one`, 1);
const notes = bodyText(section);
if (notes === '') fail(`CHANGELOG.md's section for ${version} is empty; say what the release changes`, 1);
process.stdout.write(notes + '\n');
