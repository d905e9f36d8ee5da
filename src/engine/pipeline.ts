import { decode, hasUtf16Bom, isBinary, SNIFF_BYTES, splitLines, type Line } from '../core/text';
import { redact } from './redact';
import { fingerprint, hashSecret } from './fingerprint';
import type { Finding, ScanOptions, ScanStats } from './types';
import type { ContextName, FileStatus, Severity } from '../core/types';
import type { FileContext, LineFocus, PathFinding, RawFinding, Rule, RuleSettings, TreeContext } from '../rules/types';
import { LineRanges } from './line-ranges';
import type { PolicyClass } from '../core/context';
import { SecretNames } from '../rules/lib/secret-names';
import { PUBLIC_ENV_PREFIXES } from '../rules/lib/env-keys';
import { DIRECTIVE, findSuppressionComments, type FileComments } from './suppress-comments';
import { LiteralGroup, LiteralSet } from '../core/literal-set';
import { cappedSeverity, ContextClassifier, MADE_UP, SEVERITY_CAPS, type ContextOverride } from '../core/context';
import { isDocPlaceholder, isPlaceholder } from '../rules/lib/secret-value';
import { isExamplePemBody } from '../rules/lib/token-formats';
import { compareStrings } from './results';
import { examplesRepository, README_NAMES } from '../core/examples-repository';

export { compareStrings, emptyStats } from './results';

/**
 * What the rules are told. `overrides` are the configuration's compiled
 * `contexts:` globs; worker threads go without them, since findings are
 * placed on the main thread (`FindingCollector.finish`).
 */
export function ruleSettings(opts: Pick<ScanOptions, 'secretNames' | 'publicEnvPrefixes'>, overrides: readonly ContextOverride[] = []): RuleSettings {
  return {
    secretNames: new SecretNames(opts.secretNames ?? []),
    publicEnvPrefixes: [...PUBLIC_ENV_PREFIXES, ...(opts.publicEnvPrefixes ?? [])],
    contexts: new ContextClassifier(overrides),
  };
}

/** The rules a scan runs: all but those the configuration turns `off`. */
export function enabledRules(rules: readonly Rule[], levels: ScanOptions['rules']): Rule[] {
  return rules.filter((r) => levels?.[r.meta.id] !== 'off');
}

/** What one file brought in: its bytes (whole, or only the head when too large). */
export interface FileInput {
  path: string;
  status: FileStatus;
  head: Buffer;
  /** The whole content, or null when the file is over the size limit. */
  body: Buffer | null;
  size: number;
}

/** File findings (not placed yet: see `finish`) and suppression comments, as plain data. */
export interface CollectedFiles {
  found: { ruleId: string; finding: PathFinding }[];
  comments: FileComments[];
}

/**
 * What checking one file gave: its findings, its suppression comments and
 * what it adds to the counts. Plain data: a scan may keep it and add it
 * again for the same content (`FindingCollector.addOutcome`).
 */
export interface FileOutcome {
  found: { ruleId: string; finding: PathFinding }[];
  comments: FileComments | null;
  counts: { files: number; bytes: number; tooLarge: number; binary: number; longLines: number };
  /**
   * The file's bytes hold no literal of any rule and no NUL byte, so no rule
   * reports on them (see `Rule.literals`); false when not known (not asked
   * for, a file too large to read, or in UTF-16).
   */
  quiet: boolean;
}

/** One file as the rules see it: decoding, splitting and the word search are paid only by files a rule asks. */
class FileView implements FileContext {
  readonly path: string;
  readonly name: string;
  readonly status: FileStatus;
  readonly head: Buffer;
  readonly body: Buffer | null;
  readonly bytes: Buffer;
  readonly size: number;
  private decoded: string | null | undefined;
  private split: Line[] | undefined;
  private searchable: Buffer | undefined;
  private found: number | undefined;
  private memoMap: Map<string, unknown> | undefined;
  /** Where findings are wanted, when only some lines' are (see `FileContext.focus`). */
  focus: LineFocus | undefined;

  constructor(
    input: FileInput,
    readable: boolean,
    readonly settings: RuleSettings,
    private readonly group: LiteralGroup,
    private readonly counts: { longLines: number },
  ) {
    this.path = input.path;
    this.name = input.path.slice(input.path.lastIndexOf('/') + 1);
    this.status = input.status;
    this.head = input.head;
    this.body = readable ? input.body : null;
    this.bytes = input.body ?? input.head;
    this.size = input.size;
  }

  get context(): ContextName {
    return this.settings.contexts.of(this.path).context;
  }

  get text(): string | null {
    if (this.decoded === undefined) this.decoded = this.body === null ? null : decode(this.body);
    return this.decoded;
  }

  get lines(): Line[] {
    if (this.split === undefined) {
      const t = this.text;
      const split = t === null ? { lines: [], longLines: 0 } : splitLines(t);
      this.counts.longLines += split.longLines;
      this.split = split.lines;
    }
    return this.split;
  }

  contains(set: LiteralSet): boolean {
    if (this.body === null) return false;
    // Every literal is ASCII: a latin1 view of a UTF-16 file's decoded text keeps them intact.
    this.searchable ??= hasUtf16Bom(this.body) ? Buffer.from(this.text!, 'latin1') : this.body;
    const bit = this.group.bit(set);
    if (bit === 0) return set.test(this.searchable);
    this.found ??= this.group.find(this.searchable);
    return (this.found & bit) !== 0;
  }

  get memo(): Map<string, unknown> {
    return (this.memoMap ??= new Map());
  }

  /** See `FileOutcome.quiet`. */
  get quiet(): boolean {
    const body = this.body;
    if (body === null || hasUtf16Bom(body)) return false;
    // A file is read only when its head holds no NUL (`isBinary`): only the bytes after the head are looked at.
    const sniffed = Math.min(this.head.length, SNIFF_BYTES);
    if (body.length > sniffed && body.indexOf(0, sniffed) >= 0) return false;
    this.searchable ??= body;
    this.found ??= this.group.find(body);
    return this.found === 0;
  }
}

/**
 * Collects raw findings from file and tree rules, then turns them into
 * reportable findings. Used by the working-tree scan and by any other source
 * of files (the index, a commit) alike.
 */
export class FindingCollector {
  private readonly raw: PathFinding[] = [];
  private readonly ruleOf = new Map<PathFinding, string>();
  private readonly fileRules: readonly Rule[];
  private readonly comments: FileComments[] = [];
  /** The literals the rules (and suppression comments) look for, searched in one pass per file. */
  private readonly literals: LiteralGroup;
  /** Some file rule reads every file (it has no `literals`); else `readersByPath` say which (`readsAnyway`). */
  private readonly readsEvery: boolean;
  private readonly readersByPath: readonly Rule[];

  constructor(
    private readonly rules: readonly Rule[],
    readonly settings: RuleSettings,
    private readonly stats: ScanStats,
  ) {
    this.fileRules = rules.filter((r) => r.checkFile);
    this.literals = literalGroup(this.fileRules, rules, settings);
    this.readsEvery = this.fileRules.some((r) => !r.literals);
    this.readersByPath = this.fileRules.filter((r) => r.readsAnyway);
  }

  /**
   * Runs the file rules over one file. `keepLine`, when given, limits
   * line findings to the lines it accepts (e.g. the added lines of a diff);
   * given as `LineRanges`, the rules are also told (`FileContext.focus`),
   * so they may skip the work whose findings could only land elsewhere.
   */
  addFile(input: FileInput, keepLine?: ((line: number) => boolean) | LineRanges): void {
    this.addOutcome(this.checkFile(input, keepLine));
  }

  /**
   * What `addFile` adds for one file, without adding it. `quiet` is worked
   * out only when asked (`FileOutcome.quiet`); it costs a pass over the bytes.
   */
  checkFile(input: FileInput, keepLine?: ((line: number) => boolean) | LineRanges, askQuiet = false): FileOutcome {
    const counts = { files: 0, bytes: 0, tooLarge: 0, binary: 0, longLines: 0 };
    const readable = input.body !== null && !isBinary(input.head);
    if (input.body === null) counts.tooLarge++;
    else if (!readable) counts.binary++;
    else {
      counts.files++;
      counts.bytes += input.size;
    }
    const ranges = keepLine instanceof LineRanges ? keepLine : undefined;
    const kept = ranges ? (line: number) => ranges.has(line) : (keepLine as ((line: number) => boolean) | undefined);
    let keep: ((line: number, ruleId: string) => boolean) | undefined = kept;
    let focus: LineRanges | undefined = ranges;
    let fileComments: FileComments | null = null;
    const view = new FileView(input, readable, this.settings, this.literals, counts);
    // Most files hold none of the rules' literals: no rule reports on them (`Rule.literals`), unless it
    // reads their path anyway. One search of their bytes answers for every rule.
    if (readable && view.quiet && !this.readsAnyway(input.path)) return { found: [], comments: null, counts, quiet: askQuiet };
    if (view.contains(SUPPRESSION_MARK)) {
      const comments = findSuppressionComments(input.path, view.lines, kept);
      if (comments.length > 0) fileComments = { path: input.path, status: input.status, comments };
      // A `-next-line` comment the change adds above an old line hides what that line holds: look at it too.
      // Only what the comment hides is kept from that line: the rest of it was there before.
      if (kept) {
        const guarded = new Map<number, readonly string[]>();
        for (const c of comments) {
          if (!c.nextLine || !kept(c.line)) continue;
          guarded.set(c.line + 1, c.rules);
          c.reportable = true;
        }
        if (guarded.size > 0) {
          keep = (line, ruleId) => {
            if (kept(line)) return true;
            const rules = guarded.get(line);
            return rules !== undefined && (rules.length === 0 || rules.includes(ruleId));
          };
          focus = focus?.with(guarded.keys());
        }
      }
    }
    view.focus = focus;
    const found: FileOutcome['found'] = [];
    for (const rule of this.fileRules) {
      for (const f of rule.checkFile!(view)) {
        if (keep && f.line !== undefined && !keep(f.line, rule.meta.id)) continue;
        found.push({ ruleId: rule.meta.id, finding: { ...f, path: input.path, status: input.status } });
      }
    }
    return { found, comments: fileComments, counts, quiet: askQuiet && view.quiet };
  }

  /** Adds what `checkFile` gave (again, for a file of the same path and content). */
  addOutcome(outcome: FileOutcome): void {
    const { counts } = outcome;
    this.stats.files += counts.files;
    this.stats.bytes += counts.bytes;
    this.stats.skipped.tooLarge += counts.tooLarge;
    this.stats.skipped.binary += counts.binary;
    this.stats.longLines += counts.longLines;
    if (outcome.comments) this.comments.push({ ...outcome.comments, comments: outcome.comments.comments.map((c) => ({ ...c })) });
    for (const { ruleId, finding } of outcome.found) this.push(ruleId, { ...finding });
  }

  /**
   * Whether a file rule may report anything on a file at `path` whose bytes
   * hold no literal of any rule and no NUL byte (see `Rule.literals`): when
   * not, a scan that knows a file's bytes are such need not read it.
   */
  readsAnyway(path: string): boolean {
    if (this.readsEvery) return true;
    const name = path.slice(path.lastIndexOf('/') + 1);
    for (let i = 0; i < this.readersByPath.length; i++) if (this.readersByPath[i]!.readsAnyway!(path, name, this.settings)) return true;
    return false;
  }

  /** Whether bytes hold a literal of any rule (or of a suppression comment) or a NUL byte. */
  holdsLiterals(bytes: Buffer): boolean {
    return bytes.indexOf(0) >= 0 || this.literals.find(bytes) !== 0;
  }

  async addTree(tree: TreeContext): Promise<void> {
    for (const rule of this.rules) {
      if (!rule.checkTree) continue;
      for (const pf of await rule.checkTree(tree)) this.push(rule.meta.id, pf);
    }
    for (const rule of this.rules) {
      if (!rule.reviseWithTree) continue;
      const own = this.raw.filter((f) => this.ruleOf.get(f) === rule.meta.id);
      if (own.length > 0) await rule.reviseWithTree(own, tree);
    }
    // A repository that is a collection of examples places what its paths leave in production: its README and
    // package are read only when a finding sits there.
    // `finish` clears the placement: the settings outlive one tree, and a history scan checks every commit's with them.
    const contexts = this.settings.contexts;
    if (this.raw.some((f) => contexts.of(f.path).context === 'production')) {
      let readme: string | null = null;
      let readmeName = '';
      for (const name of README_NAMES) {
        readme = await tree.readText(name);
        readmeName = name;
        if (readme !== null) break;
      }
      const why = examplesRepository(readme, await tree.readText('package.json'), readmeName);
      if (why !== null) contexts.placeRepository({ context: 'example', why });
    }
  }

  /**
   * What this collector gathered from files, as plain data another thread
   * can send (see `parallel.ts`); `absorb` takes it in on the other side.
   */
  exportFiles(): CollectedFiles {
    return { found: this.raw.map((pf) => ({ ruleId: this.ruleOf.get(pf)!, finding: pf })), comments: this.comments };
  }

  absorb(part: CollectedFiles): void {
    for (const { ruleId, finding } of part.found) {
      this.ruleOf.set(finding, ruleId);
      this.raw.push(finding);
    }
    this.comments.push(...part.comments);
  }

  private push(ruleId: string, found: PathFinding): void {
    this.ruleOf.set(found, ruleId);
    this.raw.push(found);
  }

  /** Every finding with its context and the severity the policy gives it there; doc placeholders dropped. */
  private placed(): { raw: PathFinding[]; ruleOf: Map<PathFinding, string> } {
    const byId = new Map(this.rules.map((r) => [r.meta.id, r]));
    const raw: PathFinding[] = [];
    const ruleOf = new Map<PathFinding, string>();
    // A key also written where it keeps its severity (production code, a build, the docs) is trusted there:
    // its copies in tests, CI jobs and examples are told how to replace it too.
    const keysInUse = new Set<string>();
    for (const f of this.raw) {
      if ((f.policy === 'private-key' || f.policy === 'login-key') && f.secret !== undefined && !keyMadeFor(f.policy, f.context ?? this.settings.contexts.of(f.path).context)) keysInUse.add(f.secret);
    }
    for (const r of this.raw) {
      const f = r.madeUpMessage !== undefined && (r.policy === 'private-key' || r.policy === 'login-key') && keysInUse.has(r.secret ?? '') ? { ...r, madeUpMessage: undefined } : r;
      const ruleId = this.ruleOf.get(r)!;
      const rule = byId.get(ruleId);
      const pf = placeFinding(f, rule?.meta.severity ?? 'error', rule?.meta.policy ?? 'secret', this.settings.contexts);
      if (pf === null) continue;
      ruleOf.set(pf, ruleId);
      raw.push(pf);
    }
    return { raw, ruleOf };
  }

  /**
   * Redacted, fingerprinted findings in report order, the raw values behind
   * them, and the suppression comments seen (for `settle` in suppress.ts).
   */
  finish(): { findings: Finding[]; secretValues: string[]; comments: FileComments[] } {
    const secretValues = new Set<string>();
    const { raw, ruleOf } = this.placed();
    // The repository's placement was this tree's: the next tree a history scan checks with these settings starts
    // without it, from its files on.
    this.settings.contexts.placeRepository(null);
    const findings = finalize(raw, ruleOf, this.rules, secretValues);
    return { findings, secretValues: [...secretValues].sort(), comments: this.comments };
  }
}

/**
 * Gives a finding its context (the configuration's, else the section's the
 * rule named, else the file's) and caps its severity by the policy for that
 * context, saying why in the message when it was lowered. Placeholders in
 * documentation are the advice itself: they are dropped (null).
 */
export function placeFinding(f: PathFinding, ruleSeverity: Severity, policy: PolicyClass, contexts: ContextClassifier): PathFinding | null {
  const file = contexts.of(f.path);
  // A section refines production or development code; a section of a test or an example stays there,
  // and a path the configuration placed stays where it put it.
  const refines = f.context !== undefined && !file.configured && (file.context === 'production' || file.context === 'development');
  const placed = refines ? { context: f.context!, why: f.contextWhy ?? f.context! } : file;
  if (placed.context === 'docs' && f.secret !== undefined && (f.policy === 'private-key' || (f.policy === 'login-key' && KEY_MATERIAL_KEYS.has(f.key ?? '')) ? isExamplePemBody(f.secret) || isPlaceholder(f.secret) : isDocPlaceholder(f.secret))) return null;
  const own = f.severity ?? ruleSeverity;
  const policyClass = f.policy ?? policy;
  // A provider's token in the shape of its documentation's placeholder (AWS's `AKIAIOSFODNN7EXAMPLE`) is what a test,
  // a CI job or an example needs where a token goes: nothing to change there.
  if (policyClass === 'token' && MADE_UP.has(placed.context) && f.secret !== undefined && isDocPlaceholder(f.secret)) return null;
  const severity = cappedSeverity(own, policyClass, placed.context);
  const { policy: _policy, madeUpMessage, ...rest } = f;
  // The message for a value made for the occasion: a secret's in any made-up context, a key's where the policy lowers
  // a key's severity (elsewhere a key is told how to replace it, as it may be trusted).
  const madeUp = madeUpMessage !== undefined && (policyClass === 'secret' ? MADE_UP.has(placed.context) : keyMadeFor(policyClass, placed.context));
  const message = madeUp ? madeUpMessage : f.message;
  if (severity === own) return { ...rest, context: placed.context, contextWhy: placed.why, message };
  return { ...rest, severity, context: placed.context, contextWhy: placed.why, message: `${message} (${severity}: ${placed.why})` };
}

/**
 * Whether a key in `context` is most likely made for its use there, so told it may stay: where the policy lowers its
 * severity (for a private key: tests, CI jobs, examples, development setups, vendored code; for a key that logs in,
 * tests and vendored code), not where it keeps it (production code, builds, documentation a key is published in).
 */
function keyMadeFor(policy: PolicyClass, context: ContextName): boolean {
  return (policy === 'private-key' || policy === 'login-key') && SEVERITY_CAPS[policy][context] !== null;
}

const SUPPRESSION_MARK = new LiteralSet([{ text: DIRECTIVE, caseless: false }]);

/**
 * The literal group of a rule list under some settings, built once: its
 * search tables take milliseconds to build, and a history scan makes a
 * collector for every commit.
 */
const GROUPS = new WeakMap<RuleSettings, WeakMap<readonly Rule[], LiteralGroup>>();
function literalGroup(fileRules: readonly Rule[], rules: readonly Rule[], settings: RuleSettings): LiteralGroup {
  let bySettings = GROUPS.get(settings);
  if (!bySettings) GROUPS.set(settings, (bySettings = new WeakMap()));
  let group = bySettings.get(rules);
  if (!group) bySettings.set(rules, (group = new LiteralGroup(literalSets(fileRules, settings))));
  return group;
}

function literalSets(fileRules: readonly Rule[], settings: RuleSettings): LiteralSet[] {
  return [SUPPRESSION_MARK, ...fileRules.flatMap((r) => r.literals?.(settings) ?? [])];
}

/** The literal sets a scan with these rules and the default settings searches for (see literal-placements.ts). */
export function defaultLiteralSets(rules: readonly Rule[]): LiteralSet[] {
  return literalSets(
    rules.filter((r) => r.checkFile),
    ruleSettings({}),
  );
}

/** Orders findings by path, then position, then rule: the order every report uses. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.path, b.path) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}

function finalize(
  raw: readonly PathFinding[],
  ruleOf: Map<PathFinding, string>,
  rules: readonly Rule[],
  secretValues: Set<string>,
): Finding[] {
  const severityOf = new Map(rules.map((r) => [r.meta.id, r.meta.severity]));
  const out: { finding: Finding; context: string }[] = [];
  const dirs = raw.filter((f) => f.directory).map((f) => `${ruleOf.get(f)}\0${f.path}/`);
  const insideReportedDir = (ruleId: string, p: string) => dirs.some((d) => `${ruleId}\0${p}`.startsWith(d));
  // A match in the overlap of two windows of a long line is found twice, and the
  // first window may see only the start of a value cut at its edge: keep the longest.
  const unique = new Map<string, PathFinding>();
  for (const f of raw) {
    const ruleId = ruleOf.get(f)!;
    if (dirs.length > 0 && insideReportedDir(ruleId, f.path)) continue;
    const key = `${ruleId}\0${f.path}\0${f.line ?? 0}\0${f.column ?? 0}\0${f.message}`;
    const kept = unique.get(key);
    if (!kept || (f.endColumn ?? 0) > (kept.endColumn ?? 0)) unique.set(key, f);
  }
  // The most severe finding that a file is itself the secret, by path; the findings of the key material inside.
  const wholeFiles = new Map<string, Finding>();
  const keyMaterial = new Set<Finding>();
  for (const f of unique.values()) {
    const ruleId = ruleOf.get(f)!;
    if (f.secret !== undefined) secretValues.add(f.secret);
    const finding: Finding = {
      ruleId,
      severity: f.severity ?? severityOf.get(ruleId) ?? 'error',
      path: f.path,
      ...position(f),
      message: f.message,
      ...(f.secret !== undefined ? { secret: redact(f.secret) } : {}),
      fingerprint: '',
      status: f.status,
      context: f.context ?? 'production',
      ...(f.contextWhy !== undefined ? { contextWhy: f.contextWhy } : {}),
      ...(f.remedy !== undefined ? { remedy: f.remedy } : {}),
    };
    const context = `${f.key ?? ''}\0${f.secret !== undefined ? hashSecret(f.secret) : ''}`;
    out.push({ finding, context });
    if (f.key !== undefined && KEY_MATERIAL_KEYS.has(f.key)) keyMaterial.add(finding);
    const whole = wholeFiles.get(f.path);
    if (f.wholeFile && (!whole || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[whole.severity])) wholeFiles.set(f.path, finding);
  }
  const kept = oncePerLine(oneFindingPerSpan(withinWholeFiles(out, wholeFiles, keyMaterial), rules));
  kept.sort((a, b) => compareFindings(a.finding, b.finding));
  const occurrences = new Map<string, number>();
  for (const { finding, context } of kept) {
    const k = `${finding.ruleId}\0${finding.path}\0${context}`;
    const n = occurrences.get(k) ?? 0;
    occurrences.set(k, n + 1);
    finding.fingerprint = fingerprint(finding.ruleId, finding.path, context, n);
  }
  return kept.map((o) => o.finding);
}

const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 } as const;

/**
 * One finding for a value that a rule reports twice on one line in the same words (a token stored as both the
 * `username` and the `token` of one record): one secret to deal with, and one annotation on the line. The most
 * severe is kept, then the first on the line. Findings that name what holds the value (`SECRET_KEY = JWT_SECRET =
 * '…'`) read differently and are each kept, since each holder is fixed on its own.
 */
function oncePerLine(found: { finding: Finding; context: string }[]): { finding: Finding; context: string }[] {
  const first = new Map<string, number>();
  const drop = new Set<number>();
  found.forEach(({ finding: f, context }, i) => {
    if (f.secret === undefined || f.line === undefined) return;
    const at = `${f.ruleId}\0${f.path}\0${f.line}\0${context}\0${f.message}`;
    const j = first.get(at);
    if (j === undefined) {
      first.set(at, i);
      return;
    }
    const other = found[j]!.finding;
    const rank = SEVERITY_RANK[f.severity] - SEVERITY_RANK[other.severity];
    const better = rank > 0 || (rank === 0 && (f.column ?? 0) < (other.column ?? 0));
    drop.add(better ? j : i);
    if (better) first.set(at, i);
  });
  return drop.size === 0 ? found : found.filter((_, i) => !drop.has(i));
}

/** The keys (fingerprint contexts) of findings of private key material: PEM blocks, bare DER keys, private JWKs. */
const KEY_MATERIAL_KEYS = new Set(['pem-private-key', 'der-private-key', 'base64-pem-private-key', 'jwk-private-key', 'jwk-symmetric-key', 'gcp-service-account-key']);

/**
 * One finding per key file: in a file that a finding says is itself the
 * secret (`wholeFile`), another rule's finding of the key material inside
 * that is no more severe (the PEM block of an `id_rsa`) says the same thing
 * again and is dropped. Any other secret in the file (a token beside the key
 * in an OpenVPN profile) is a finding of its own.
 */
function withinWholeFiles<T extends { finding: Finding }>(items: T[], wholeFiles: ReadonlyMap<string, Finding>, keyMaterial: ReadonlySet<Finding>): T[] {
  if (wholeFiles.size === 0) return items;
  return items.filter(({ finding: f }) => {
    const whole = wholeFiles.get(f.path);
    return whole === undefined || whole.ruleId === f.ruleId || !keyMaterial.has(f) || SEVERITY_RANK[f.severity] > SEVERITY_RANK[whole.severity];
  });
}

/**
 * One finding per secret: when rules report overlapping spans of the same
 * line (a token that is also a hardcoded SECRET_KEY, a URL credential that is
 * also a GitHub token), the most severe finding stays, then the one from the
 * rule listed first, the one with the most context.
 */
function oneFindingPerSpan<T extends { finding: Finding }>(items: T[], rules: readonly Rule[]): T[] {
  const order = new Map(rules.map((r, i) => [r.meta.id, i]));
  const byLine = new Map<string, T[]>();
  for (const it of items) {
    const f = it.finding;
    if (f.line === undefined || f.column === undefined || f.endColumn === undefined) continue;
    const k = `${f.path}\0${f.line}`;
    const group = byLine.get(k);
    if (group) group.push(it);
    else byLine.set(k, [it]);
  }
  const dropped = new Set<T>();
  const better = (a: Finding, b: Finding) =>
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (order.get(b.ruleId) ?? 0) - (order.get(a.ruleId) ?? 0);
  for (const group of byLine.values()) {
    if (group.length < 2) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!.finding;
        const b = group[j]!.finding;
        if (a.ruleId === b.ruleId || a.column! >= b.endColumn! || b.column! >= a.endColumn!) continue;
        dropped.add(better(a, b) >= 0 ? group[j]! : group[i]!);
      }
    }
  }
  return dropped.size === 0 ? items : items.filter((it) => !dropped.has(it));
}

function position(f: RawFinding): Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const p: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> = {};
  if (f.line !== undefined) p.line = f.line;
  if (f.column !== undefined) p.column = f.column;
  if (f.endLine !== undefined) p.endLine = f.endLine;
  else if (f.line !== undefined) p.endLine = f.line;
  if (f.endColumn !== undefined) p.endColumn = f.endColumn;
  return p;
}
