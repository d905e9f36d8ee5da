// CHANGELOG.md in the Keep a Changelog 1.1.0 form (https://keepachangelog.com/en/1.1.0/):
// `## [Unreleased]` first, then `## [X.Y.Z] - YYYY-MM-DD` sections, newest first, and
// link references at the bottom. Used by release.mjs and release-check.mjs.

export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

const HEADING = /^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$/;
const LINK = /^\[([^\]]+)\]: (\S+)\s*$/;

/**
 * Splits the text into the lines before the first `## ` heading, the sections
 * (heading, name, date and body lines) and the link references that end the file.
 */
export function parse(text) {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
  let end = lines.length;
  while (end > 0 && (LINK.test(lines[end - 1]) || lines[end - 1].trim() === '')) end--;
  const links = lines.slice(end).filter((l) => LINK.test(l));
  const head = [];
  const sections = [];
  for (const line of lines.slice(0, end)) {
    const m = HEADING.exec(line);
    if (m) sections.push({ name: m[1], date: m[2], body: [] });
    else if (line.startsWith('## ')) throw new Error(`CHANGELOG.md: "${line}" is not a "## [X.Y.Z] - YYYY-MM-DD" or "## [Unreleased]" heading`);
    else if (sections.length === 0) head.push(line);
    else sections[sections.length - 1].body.push(line);
  }
  return { head, sections, links };
}

/** The text of one section, without its heading and surrounding blank lines. */
export function bodyText(section) {
  return section.body.join('\n').trim();
}

/** The released section for `version`, or undefined. */
export function findRelease(text, version) {
  return parse(text).sections.find((s) => s.name === version && s.date);
}

/**
 * Moves what is under Unreleased into `## [version] - date`, leaves an empty
 * Unreleased above it, and points the compare links at the new tag. Throws an
 * Error that says what to fix when the changelog is not ready.
 */
export function release(text, version, date, repoUrl) {
  const { head, sections, links } = parse(text);
  const unreleased = sections[0];
  if (!unreleased || unreleased.name !== 'Unreleased') throw new Error('CHANGELOG.md must start with a "## [Unreleased]" section');
  if (bodyText(unreleased) === '') throw new Error('CHANGELOG.md has nothing under "## [Unreleased]"; list the changes in this release there first');
  const undated = sections.slice(1).find((s) => !s.date);
  if (undated) throw new Error(`CHANGELOG.md: the section "${undated.name}" needs a date: "## [${undated.name}] - YYYY-MM-DD"`);
  if (sections.some((s) => s.name === version)) throw new Error(`CHANGELOG.md already has a section for ${version}`);
  const previous = sections.find((s) => s.date)?.name;
  const released = { name: version, date, body: ['', bodyText(unreleased), ''] };
  const out = [...head, '## [Unreleased]', '', ...[released, ...sections.slice(1)].flatMap((s) => [`## [${s.name}] - ${s.date}`, ...trimBlank(s.body), ''])];
  const own = new Set(['Unreleased', version]);
  const newLinks = [
    `[Unreleased]: ${repoUrl}/compare/v${version}...HEAD`,
    previous ? `[${version}]: ${repoUrl}/compare/v${previous}...v${version}` : `[${version}]: ${repoUrl}/releases/tag/v${version}`,
    ...links.filter((l) => !own.has(LINK.exec(l)[1])),
  ];
  return [...out, ...newLinks].join('\n') + '\n';
}

function trimBlank(lines) {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a].trim() === '') a++;
  while (b > a && lines[b - 1].trim() === '') b--;
  return ['', ...lines.slice(a, b)];
}

/** `https://github.com/owner/name` from package.json's `repository`. */
export function repositoryUrl(pkg) {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const m = /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(raw ?? '');
  if (!m) throw new Error('package.json needs "repository": { "url": "git+https://github.com/OWNER/NAME.git" }');
  return `https://github.com/${m[1]}`;
}

/** Compares two X.Y.Z versions: negative, zero or positive. */
export function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}
