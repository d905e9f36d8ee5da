import type { Finding } from '../engine/types';
import type { RuleSettings } from '../rules/types';
import { parseDotenv } from '../rules/lib/dotenv-names';
import { secretValues } from '../rules/dotenv-file';
import { PUBLIC_ENV_PREFIXES } from '../rules/lib/env-keys';
import { findOccurrence, findTemplateValue } from './locate';
import { SourceView } from './source';
import { escapeRegExp } from '../core/text';
import { planHardcodedSecret } from './hardcoded-secret-key';
import { planFallback } from './secret-key-fallback';
import { planPlaceholder } from './dotenv-template-secret';
import { findUrlCredential } from './git-credentials';
import { UNTRACK_AND_IGNORE, templateKeys } from './untrack-and-ignore';
import { manualSteps, where } from './manual-steps';
import { gitignoreCandidates, ignorePattern } from './gitignore';
import { generateKey, KEY_SPECS, MAX_KEY_BYTES } from './keygen';
import { COMPOSE_FILES, loadsDotenv } from './dotenv-loaders';
import { keyKindFor } from './env-name';
import { isServiceCredential } from '../rules/lib/service-credentials';
import { dirOf } from './idiom';
import { isInsideRoot, type Workspace } from './workspace';
import type { Draft, NeededVariable } from './draft';
import type { Fix, FixPlan, ManualFix } from './types';

/** The rules whose findings a planner fixes by editing the file where they were found. */
const EDITED = new Set(['hardcoded-secret-key', 'secret-key-fallback', 'dotenv-template-secret', 'git-credentials']);

export interface PlanOptions {
  /** What the scan's configuration told the rules (extra secret names), so findings are found again the same way. */
  settings: RuleSettings;
  /**
   * Write a freshly generated key into the local, ignored `.env` for each
   * variable a fix makes the app need (the CLI). Suggestions on a pull
   * request never do: nothing local exists there.
   */
  localKeys: boolean;
  /**
   * Every raw value the scan found, whatever its rule (a token two lines
   * below the key a fix rewrites): a diff shows whole lines, so each of
   * them is redacted in every fix's diff.
   */
  found?: readonly string[];
}

/**
 * Plans a fix for each finding, from the files as they are now: pure
 * planners (one per kind of fix) return edits; this gathers what they read,
 * adds the `.gitignore`, template and local `.env` entries, and turns every
 * finding without a fix into the steps a person has to take.
 */
export async function planFixes(findings: readonly Finding[], ws: Workspace, opts: PlanOptions): Promise<FixPlan> {
  const snapshot = new Map<string, string | null>();
  const refused = new Map<string, string>();
  const read = (rel: string): string | null | undefined => {
    if (snapshot.has(rel)) return snapshot.get(rel);
    if (refused.has(rel)) return undefined;
    const r = ws.read(rel);
    if (r.kind === 'refused') {
      refused.set(rel, r.why);
      return undefined;
    }
    const text = r.kind === 'text' ? r.text : null;
    snapshot.set(rel, text);
    return text;
  };
  const exists = (rel: string) => isInsideRoot(rel) && typeof read(rel) === 'string';
  const views = new Map<string, SourceView>();
  const viewOf = (rel: string, text: string) => {
    let v = views.get(rel);
    if (!v) views.set(rel, (v = new SourceView(rel, text)));
    return v;
  };

  const fixes: Fix[] = [];
  /** The raw values of the findings located in each file, for redaction. */
  const rawValues = new Map<string, string[]>();
  const manual: ManualFix[] = [];
  const needs = new Map<Fix, NeededVariable>();
  const textOf = (f: Finding): string | null => {
    const text = isInsideRoot(f.path) ? read(f.path) : undefined;
    return typeof text === 'string' ? text : null;
  };
  const lineOf = (f: Finding): string | null => {
    const text = textOf(f);
    return text !== null && f.line !== undefined ? viewOf(f.path, text).lineText(f.line) : null;
  };
  const toManual = (f: Finding, reason?: string) =>
    manual.push({
      ruleId: f.ruleId,
      finding: pick(f),
      steps: manualSteps(f, reason ? null : lineOf(f), ws.mode, textOf(f)),
      ...(reason ? { reason } : {}),
    });

  const untrackPlanned = new Set<string>();
  for (const f of findings) {
    if (!isInsideRoot(f.path)) {
      toManual(f, `\`${f.path}\` is not a path inside the scanned folder`);
      continue;
    }
    // A dependency's code: an edit is lost at its next update, and its values are its authors' to change.
    if (f.context === 'vendored' && !f.ruleId.startsWith('git-')) {
      toManual(f, `\`${f.path}\` is vendored third-party code: an edit there is lost at the dependency's next update; update the dependency, or tell its maintainers if the value is real`);
      continue;
    }
    const untrack = UNTRACK_AND_IGNORE[f.ruleId];
    if (untrack && (untrack.appliesTo?.(f.path) ?? true)) {
      // One file, one fix: a `.git-credentials` file gives a finding per line it holds.
      if (untrackPlanned.has(f.path)) continue;
      untrackPlanned.add(f.path);
      const out = await planUntrack(f, untrack, ws, read, refused);
      if (typeof out === 'string') toManual(f, out);
      // A file that stays tracked (Symfony's `.env`, React Native's `.xcode.env`, a project's `.npmrc`): no step untracks it,
      // its reason says what to do instead.
      else if ('stays' in out) {
        const steps = manualSteps(f, null, ws.mode, textOf(f));
        const untracks = steps.some((step) => step.includes('git rm --cached') || step.includes('.gitignore'));
        manual.push({ ruleId: f.ruleId, finding: pick(f), steps: untracks ? [`${out.stays.charAt(0).toUpperCase()}${out.stays.slice(1)}.`] : steps, reason: out.stays });
      }
      else fixes.push(out);
      continue;
    }
    if (!EDITED.has(f.ruleId)) {
      toManual(f);
      continue;
    }
    // A git directory's own `config` (`x/.git/config` in a shipped folder) goes with the directory.
    if (f.ruleId === 'git-credentials' && /(?:^|\/)\.git\//.test(f.path)) {
      toManual(f, `\`${f.path}\` belongs to a git directory: leave the directory out of what you ship`);
      continue;
    }
    // A key in a test is often the test's subject (a wrong or short key on purpose) or a fixture it needs as it is.
    if ((f.ruleId === 'hardcoded-secret-key' || f.ruleId === 'secret-key-fallback') && f.context === 'test') {
      toManual(f, 'a key in a test is often what the test is about (a wrong or short key on purpose) or a fixture it needs as it is, so it is not rewritten; if it is a real key, put a made-up one in its place');
      continue;
    }
    const text = read(f.path);
    if (text === undefined) {
      toManual(f, refused.get(f.path));
      continue;
    }
    if (text === null || f.line === undefined || f.column === undefined) {
      toManual(f, `\`${f.path}\` is gone since the scan`);
      continue;
    }
    const view = viewOf(f.path, text);
    let draft: Draft;
    let secret: string;
    const remember = (value: string) => {
      const values = rawValues.get(f.path) ?? [];
      values.push(value);
      rawValues.set(f.path, values);
    };
    if (f.ruleId === 'git-credentials') {
      const c = findUrlCredential(view, f.line, f.column, f.secret);
      if (!c) {
        toManual(f, `\`${where(f)}\` changed since the scan`);
        continue;
      }
      draft = c.draft;
      secret = c.values[0]!;
      for (const v of c.values) remember(v);
    } else if (f.ruleId === 'dotenv-template-secret' || f.remedy === 'empty-value') {
      // A template's value, or a default in a dotenv file the app loads at run time (`.env.example` read for defaults).
      const t = findTemplateValue(f, text);
      if (!t) {
        toManual(f, `\`${where(f)}\` changed since the scan`);
        continue;
      }
      draft = planPlaceholder(text, view.lineStart(t.line), t, f.remedy);
      // An app's own key that the file no longer gives goes into the local `.env` beside it, so the app keeps running
      // here; a provider's credential is issued by the provider, not made up.
      if (f.remedy === 'empty-value' && !('refused' in draft) && !t.inUrl && opts.settings.secretNames.matches(t.key) && !isServiceCredential(t.key, parseDotenv(text).map((e) => e.key))) {
        draft.needs = { name: t.key, kind: keyKindFor(t.key, {}), envDir: dirOf(f.path), minLength: t.value.length };
      }
      secret = t.value;
      remember(secret);
    } else {
      const kind = f.ruleId === 'hardcoded-secret-key' ? 'hardcoded' : 'fallback';
      const o = findOccurrence(f, text, opts.settings, kind);
      if (!o) {
        toManual(f, `\`${where(f)}\` changed since the scan`);
        continue;
      }
      const start = view.lineStart(o.line) + o.column - 1;
      const located = { view, occurrence: o, start, end: start + (o.endColumn - o.column), exists };
      draft = kind === 'hardcoded' ? planHardcodedSecret(located) : planFallback(located);
      secret = o.value;
      remember(secret);
    }
    if ('refused' in draft) {
      toManual(f, draft.refused);
      continue;
    }
    if (draft.needs && (f.remedy === 'provider-issued' || isServiceCredential(draft.needs.name, []))) {
      // A random key is no credential the service accepts: the person gets new ones from the service.
      const name = draft.needs.name;
      delete draft.needs;
      draft.followUp = [
        `Revoke the old value of ${name} where it was issued, with what the service issued beside it: it stays in git history.`,
        `Set ${name} to credentials the service issues for this application, wherever the app runs and in your ignored \`.env\`; leakproof makes none, since a made-up key is no credential the service accepts.`,
      ];
    }
    const fix: Fix = {
      ruleId: f.ruleId,
      finding: pick(f),
      // A placeholder in a template changes nothing that runs; emptying a value the app loads does.
      applicability: f.ruleId === 'dotenv-template-secret' && f.remedy !== 'empty-value' ? 'safe' : 'unsafe',
      title: draft.title,
      edits: [{ path: f.path, edits: draft.edits }],
      untrack: [],
      ignore: [],
      example: [],
      local: [],
      followUp: draft.followUp,
      secrets: [secret],
      freshKeys: [],
    };
    if (draft.needs) needs.set(fix, draft.needs);
    fixes.push(fix);
  }

  // A diff shows whole lines: every value found in a file is redacted in its diff, not only the fix's own.
  for (const fix of fixes) {
    const hidden = new Set(fix.secrets);
    for (const { path } of fix.edits) for (const v of rawValues.get(path) ?? []) hidden.add(v);
    for (const v of opts.found ?? []) hidden.add(v);
    fix.secrets = [...hidden];
  }
  dropOverlaps(fixes, manual);
  if (opts.localKeys) await planLocalKeys(fixes, needs, ws, read, refused);
  else for (const [fix, need] of needs) fix.followUp.push(`For local runs, put ${need.name} in your ignored \`.env\` (\`leakproof fix --write --unsafe\` writes a fresh one).`);
  const touched = new Set<string>();
  for (const fix of fixes) for (const p of [...fix.untrack, ...fix.local.map((l) => l.file)]) touched.add(p);
  return { root: ws.root, fixes, manual, snapshot, tracked: await ws.tracked([...touched]) };
}

function pick(f: Finding): ManualFix['finding'] {
  return {
    path: f.path,
    fingerprint: f.fingerprint,
    ...(f.line !== undefined ? { line: f.line } : {}),
    ...(f.column !== undefined ? { column: f.column } : {}),
    ...(f.secret !== undefined ? { secret: f.secret } : {}),
  };
}

type Read = (rel: string) => string | null | undefined;

/** The nearest `.gitignore` at or above a path (or the root's, to be created); a string when one is a symlink. */
function nearestGitignore(path: string, read: Read, refused: Map<string, string>): string | { refused: string } {
  const candidates = gitignoreCandidates(path);
  for (const c of candidates) {
    const text = read(c);
    if (text === undefined) return { refused: refused.get(c)! };
    if (text !== null) return c;
  }
  return candidates[candidates.length - 1]!;
}

/** The generic "stop tracking, ignore, keep a template" fix, for the rules listed in `UNTRACK_AND_IGNORE`. */
async function planUntrack(
  f: Finding,
  spec: (typeof UNTRACK_AND_IGNORE)[string],
  ws: Workspace,
  read: Read,
  refused: Map<string, string>,
): Promise<Fix | string | { stays: string }> {
  if (ws.mode !== 'git' || (f.status !== 'tracked' && f.status !== 'untracked')) {
    return 'outside a git work tree there is nothing to untrack: leave the file out of what you ship';
  }
  const stays = spec.keepByName?.(f.path);
  if (stays) return { stays };
  // The rule found what needs the file (`env_file:` in a compose file, a script that ships it): untracked, a fresh
  // clone's `docker compose up` or that script fails. Its finding says how to move the real values out instead.
  if (f.remedy === 'keep-file' && f.ruleId === 'secret-file') {
    return { stays: `every installation starts from \`${f.path}\` (an install script): keep it tracked, keep real accounts out of it, and make each installation change the passwords of the accounts it ships (at install or at the first login)` };
  }
  if (f.remedy === 'keep-file') {
    return {
      stays: f.message.includes('env_file')
        ? `a compose file loads \`${f.path}\` with \`env_file:\`, so a fresh clone needs it: keep it tracked, move its real values to an ignored file listed after it in \`env_file:\` (with \`required: false\`), leave placeholders here, and rotate the real ones`
        : `a script in the repository ships or copies \`${f.path}\`: keep it tracked, leave placeholders here, have each installation make values of its own, and rotate the real ones`,
    };
  }
  // The file's text is read only when a template or a reason to keep it needs it: untracking never opens the file.
  let text: string | null = null;
  if (spec.template || spec.keep) {
    const current = read(f.path);
    if (current === undefined) return refused.get(f.path)!;
    if (current === null) return `\`${f.path}\` is gone since the scan`;
    text = current;
    const keep = spec.keep?.(f.path, text, read);
    if (keep) return { stays: keep };
  }
  const fix: Fix = {
    ruleId: f.ruleId,
    finding: pick(f),
    applicability: 'safe',
    title: '',
    edits: [],
    untrack: f.status === 'tracked' ? [f.path] : [],
    ignore: [],
    example: [],
    local: [],
    followUp: [],
    secrets: text === null ? [] : dotenvValues(text),
    freshKeys: [],
  };
  const ignored = await ws.ignored([f.path]);
  if (!ignored.has(f.path)) {
    const gi = nearestGitignore(f.path, read, refused);
    if (typeof gi !== 'string') return gi.refused;
    fix.ignore.push({ gitignore: gi, pattern: ignorePattern(gi, f.path), path: f.path });
  }
  const template = text === null ? null : spec.template?.(f.path, text);
  let templateNote = '';
  if (template) {
    const existing = read(template.file);
    if (existing === undefined) {
      fix.followUp.push(`List the keys of \`${f.path}\` in a template by hand: ${refused.get(template.file)}.`);
    } else {
      const have = existing === null ? new Set<string>() : templateKeys(existing);
      const entries = template.entries.filter((e) => !have.has(e.key));
      if (entries.length > 0) {
        fix.example.push({ file: template.file, entries });
        templateNote = existing === null ? `, and write \`${template.file}\` with its keys` : `, and add its missing keys to \`${template.file}\``;
        if ((await ws.ignored([template.file])).has(template.file)) {
          const gi = nearestGitignore(template.file, read, refused);
          if (typeof gi === 'string') fix.ignore.push({ gitignore: gi, pattern: `!${ignorePattern(gi, template.file)}`, path: template.file });
        }
      }
    }
  }
  const name = f.path.slice(f.path.lastIndexOf('/') + 1);
  const ignoring = fix.ignore.some((e) => e.path === f.path);
  fix.title =
    (f.status === 'tracked'
      ? `stop tracking \`${f.path}\` (the local copy stays${ignoring ? '' : '; .gitignore already covers it'})`
      : `keep \`${f.path}\` out of the next commit`) +
    (ignoring ? ', ignore it' : '') +
    templateNote;
  if (f.status === 'tracked' && f.severity === 'error') fix.followUp.push(`Rotate the secrets \`${name}\` held: they stay in git history, in every clone.`);
  const loader = f.ruleId === 'dotenv-file' && f.status === 'tracked' ? composeReading(f.path, read) : null;
  if (loader) {
    const copy = template ? `copy \`${template.file}\` to \`${f.path}\` and set the values` : `create \`${f.path}\``;
    fix.followUp.push(`\`${loader}\` reads \`${name}\` (\`env_file:\`): in a fresh clone, ${copy} before \`docker compose up\`, or mark the entry \`required: false\`.`);
  }
  return fix;
}

/** The compose file beside a dotenv file (or at the root) whose `env_file:` names it, if any. */
function composeReading(path: string, read: Read): string | null {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  for (const folder of dir === '' ? [''] : [dir, '']) {
    for (const c of COMPOSE_FILES) {
      const file = folder === '' ? c : `${folder}/${c}`;
      const text = read(file);
      if (typeof text !== 'string' || !text.includes('env_file')) continue;
      const rel = folder === dir ? name : path;
      // `env_file: .env`, `env_file: [./.env]`, a list item `- .env`, or `path: ./.env` (compose 2.24).
      const mention = new RegExp(`(?:env_file:|^[ \\t]*-|path:)[^\\n]*?(?:^|[\\s\\[,'"])(?:\\./)?${escapeRegExp(rel)}(?=[\\s\\],'"]|$)`, 'm');
      if (mention.test(text)) return file;
    }
  }
  return null;
}

/**
 * The values of a dotenv file that are redacted wherever a fix shows them: those the rule takes for secrets or
 * their stand-ins. The file's other values (`NODE_ENV=development`, `COMPOSE_PROJECT_NAME=shop`) are no secret,
 * and redacting them would hide the same words in a diff's code and `.gitignore` lines.
 */
function dotenvValues(text: string): string[] {
  return secretValues(text, PUBLIC_ENV_PREFIXES).filter((v) => v.length >= 4);
}

/**
 * One fresh key per variable a fix makes the app need, in the local `.env`
 * it reads (the root's; a compose file's own folder's), so the app keeps
 * running on this machine. The file must stay out of git: it gets an
 * ignore entry when it has none, and a tracked one is written only when a
 * fix in this plan untracks it (the applier checks again before writing).
 */
async function planLocalKeys(fixes: Fix[], needs: Map<Fix, NeededVariable>, ws: Workspace, read: Read, refused: Map<string, string>): Promise<void> {
  const files = [...new Set([...needs.values()].map((n) => (n.envDir ? `${n.envDir}/.env` : '.env')))];
  const tracked = await ws.tracked(files);
  const ignored = await ws.ignored(files);
  const untracked = new Set(fixes.flatMap((f) => f.untrack));
  const ignoring = new Set(fixes.flatMap((f) => f.ignore.map((e) => e.path)));
  const generated = new Map<string, string>();
  for (const [fix, need] of needs) {
    const file = need.envDir ? `${need.envDir}/.env` : '.env';
    const text = read(file);
    const setIt = `Set ${need.name} in your environment for local runs (\`leakproof keygen --for ${need.kind}\`)`;
    if (text === undefined) {
      fix.followUp.push(`${setIt}: ${refused.get(file)}.`);
      continue;
    }
    if (tracked.has(file) && !untracked.has(file)) {
      fix.followUp.push(`${setIt}: \`${file}\` is tracked by git, so leakproof writes no key into it.`);
      continue;
    }
    const existing = text === null ? undefined : parseDotenv(text).find((e) => e.key === need.name);
    // A value that was committed (the file is tracked now) or that is the old secret itself is compromised: it is replaced.
    // An empty one (`SECRET_KEY=` as `cp .env.example .env` leaves it) sets nothing: it is filled.
    if (existing && existing.value.trim() !== '' && !tracked.has(file) && !fix.secrets.includes(existing.value)) {
      fix.followUp.push(`\`${file}\` already sets ${need.name}; keep it only if that value was never committed.`);
      continue;
    }
    const id = `${file}\0${need.name}`;
    let value = generated.get(id);
    if (value === undefined) generated.set(id, (value = generateKey(need.kind, bytesFor(need))));
    fix.local.push({ file, name: need.name, value });
    fix.freshKeys.push(value);
    if (text !== null) fix.secrets.push(...dotenvValues(text));
    if (!ignored.has(file) && !ignoring.has(file)) {
      const gi = nearestGitignore(file, read, refused);
      if (typeof gi !== 'string') {
        fix.local.pop();
        fix.followUp.push(`${setIt}: ${gi.refused}.`);
        continue;
      }
      fix.ignore.push({ gitignore: gi, pattern: ignorePattern(gi, file), path: file });
      ignoring.add(file);
    }
    fix.followUp.unshift(
      loadsDotenv(need.envDir, read)
        ? `\`${file}\` (ignored, never committed) gets a fresh ${need.name}, so the app keeps running here; load it as you load the rest of your local settings.`
        : `\`${file}\` (ignored, never committed) gets a fresh ${need.name}, but nothing in this project seems to load \`${file}\`: load it before local runs (\`set -a; . ./${file}; set +a\`, \`node --env-file=${file}\`, python-dotenv, dotenv-rails), or the app stops at start-up without ${need.name}.`,
    );
  }
}

/**
 * The random bytes a fresh key needs to be at least as long as the value it replaces, when the format's default
 * is shorter; undefined for the default (and for formats of a fixed size: Django, Laravel).
 */
function bytesFor(need: NeededVariable): number | undefined {
  const spec = KEY_SPECS[need.kind];
  if (spec.defaultBytes === null || need.minLength === undefined) return undefined;
  const perByte = need.kind === 'jwt' || need.kind === 'base64' ? 4 / 3 : 2;
  const bytes = Math.ceil(need.minLength / perByte);
  return bytes > spec.defaultBytes ? Math.min(bytes, MAX_KEY_BYTES) : undefined;
}

/**
 * Two fixes that edit the same text cannot both apply: the later one is
 * left for a second run (identical edits, such as the same `import os`,
 * are one edit, and insertions at one place go one after the other).
 */
function dropOverlaps(fixes: Fix[], manual: ManualFix[]): void {
  const taken = new Map<string, { start: number; end: number; text: string }[]>();
  for (let i = 0; i < fixes.length; i++) {
    const fix = fixes[i]!;
    const clash = fix.edits.some(({ path, edits }) =>
      edits.some((e) =>
        (taken.get(path) ?? []).some((t) => {
          if (t.start === e.start && t.end === e.end && t.text === e.text) return false;
          if (t.start === t.end && e.start === e.end) return false;
          return e.start < t.end && t.start < e.end ? true : (e.start === e.end && e.start > t.start && e.start < t.end) || (t.start === t.end && t.start > e.start && t.start < e.end);
        }),
      ),
    );
    if (clash) {
      manual.push({
        ruleId: fix.ruleId,
        finding: fix.finding,
        steps: ['Run `leakproof fix` again once the other fixes are applied: this one edits the same text.'],
        reason: 'it overlaps another fix in the same file',
      });
      fixes.splice(i--, 1);
      continue;
    }
    for (const { path, edits } of fix.edits) taken.set(path, [...(taken.get(path) ?? []), ...edits]);
  }
}

