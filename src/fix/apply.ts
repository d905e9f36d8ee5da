import { materialize } from './materialize';
import type { Fix, FixPlan } from './types';
import type { Workspace } from './workspace';

export interface ApplyResult {
  applied: Fix[];
  skipped: { fix: Fix; why: string }[];
  /** Files written, relative to the root. */
  written: string[];
  untracked: string[];
  /** Files left unwritten, with why: a local file git would not keep out of a commit, a symlink put in place meanwhile. */
  notWritten: { path: string; why: string }[];
}

/** Every file a fix reads or writes: it is applied only if none of them changed since it was planned. */
function filesOf(fix: Fix): string[] {
  return [
    fix.finding.path,
    ...fix.edits.map((e) => e.path),
    ...fix.untrack,
    ...fix.ignore.map((e) => e.gitignore),
    ...fix.example.map((e) => e.file),
    ...fix.local.map((l) => l.file),
  ];
}

/**
 * Applies the chosen fixes. Each file is read again first: a fix whose
 * files changed since it was planned is skipped (the rest still apply, and
 * the next run plans it again). Untracking comes first, then the edits, and
 * the local `.env` last, written only when git says it is untracked and
 * ignored, so a fresh key never lands in a commit.
 */
export async function applyFixes(plan: FixPlan, chosen: readonly Fix[], ws: Workspace): Promise<ApplyResult> {
  const result: ApplyResult = { applied: [], skipped: [], written: [], untracked: [], notWritten: [] };
  const changed = new Map<string, string>();
  const check = (rel: string): string | null => {
    if (changed.has(rel)) return changed.get(rel)!;
    const r = ws.read(rel);
    const now = r.kind === 'text' ? r.text : r.kind === 'missing' ? null : undefined;
    const why = r.kind === 'refused' ? r.why : now !== (plan.snapshot.get(rel) ?? null) ? `\`${rel}\` changed since the scan` : null;
    if (why) changed.set(rel, why);
    return why;
  };
  let live: Fix[] = [];
  for (const fix of chosen) {
    const why = [...new Set(filesOf(fix))].filter((p) => plan.snapshot.has(p)).map(check).find((w) => w !== null);
    if (why) result.skipped.push({ fix, why });
    else live.push(fix);
  }

  // A file another fix untracks may have been untracked meanwhile: git tells.
  const toUntrack = [...new Set(live.flatMap((f) => f.untrack))];
  const stillTracked = await ws.tracked(toUntrack);
  const failed = new Map<string, string>();
  for (const rel of toUntrack) {
    if (!stillTracked.has(rel)) {
      failed.set(rel, `\`${rel}\` is no longer tracked`);
      continue;
    }
    try {
      await ws.untrack(rel);
      result.untracked.push(rel);
    } catch (e) {
      failed.set(rel, `git could not untrack \`${rel}\` (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  live = live.filter((fix) => {
    const why = fix.untrack.map((p) => failed.get(p)).find((w) => w !== undefined);
    if (why) result.skipped.push({ fix, why });
    return !why;
  });

  const { changes } = materialize(plan, live);
  const write = (c: (typeof changes)[number], opts: { create: boolean; private?: boolean }) => {
    try {
      ws.write(c.path, c.after, opts);
      result.written.push(c.path);
    } catch (e) {
      result.notWritten.push({ path: c.path, why: e instanceof Error ? e.message : String(e) });
    }
  };
  for (const c of changes.filter((c) => !c.local)) write(c, { create: c.before === null });
  const locals = changes.filter((c) => c.local);
  if (locals.length > 0) {
    const paths = locals.map((c) => c.path);
    const tracked = await ws.tracked(paths);
    const ignored = await ws.ignored(paths);
    for (const c of locals) {
      const why = tracked.has(c.path) ? 'it is still tracked by git' : !ignored.has(c.path) ? 'git does not ignore it' : null;
      if (why) result.notWritten.push({ path: c.path, why: `${why}, so no key is written into it` });
      else write(c, { create: c.before === null, private: true });
    }
  }
  result.applied = live;
  result.written.sort();
  return result;
}
