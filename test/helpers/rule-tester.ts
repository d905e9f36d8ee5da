import { describe, expect, it } from 'vitest';
import type { FileContext, RawFinding, Rule } from '../../src/rules/types';
import type { ContextName, FileStatus, Severity } from '../../src/core/types';
import { splitLines } from '../../src/core/text';
import { SecretNames } from '../../src/rules/lib/secret-names';
import { PUBLIC_ENV_PREFIXES } from '../../src/rules/lib/env-keys';
import { ContextClassifier } from '../../src/core/context';
import { placeFinding } from '../../src/engine/pipeline';
import { scan } from '../../src/engine/scan';
import type { Finding } from '../../src/engine/types';
import { Fixture } from './fixture';

/** One line (or a few) of a real-world file, and what the rule must say about it. */
export interface Case {
  /** File name the text lives in; the extension picks the syntax. */
  file: string;
  text: string;
  /** For flagged cases: the raw value the rule must report (checked, never printed by reports). */
  secret?: string;
  /** For flagged cases: the 1-based line of the finding (default 1 when `secret` is set). */
  line?: number;
  status?: FileStatus;
  /** For flagged cases with a `secret`: where the finding sits once placed (the section the rule names, else the file's context). */
  context?: ContextName;
  /** For flagged cases with a `secret`: its severity once the context policy has capped it. */
  severity?: Severity;
}

export function fileContext(
  file: string,
  text: string | null,
  opts: { status?: FileStatus; head?: Buffer; bytes?: Buffer; size?: number; secretNames?: string[] } = {},
): FileContext {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const bytes = opts.bytes ?? (text === null ? (opts.head ?? Buffer.alloc(0)) : Buffer.from(text, 'utf8'));
  const contexts = new ContextClassifier();
  return {
    path: file,
    name,
    context: contexts.of(file).context,
    status: opts.status ?? 'tracked',
    head: opts.head ?? bytes.subarray(0, 8192),
    body: text === null ? null : Buffer.from(text, 'utf8'),
    bytes,
    size: opts.size ?? bytes.length,
    text,
    lines: text === null ? [] : splitLines(text).lines,
    contains(set) {
      return this.body !== null && set.test(this.body);
    },
    memo: new Map(),
    settings: { secretNames: new SecretNames(opts.secretNames ?? []), publicEnvPrefixes: PUBLIC_ENV_PREFIXES, contexts },
  };
}

export function check(rule: Rule, c: Case): RawFinding[] {
  return rule.checkFile!(fileContext(c.file, c.text, { status: c.status }));
}

/**
 * ESLint-style tables: every `flagged` case must produce a finding (with the
 * expected secret and line), every `clean` case none.
 */
export function ruleTester(rule: Rule, table: { flagged: Case[]; clean: Case[] }): void {
  describe(`${rule.meta.id}: flagged`, () => {
    it.each(table.flagged.map((c) => [`${c.file}: ${c.text.split('\n').join(' ⏎ ')}`, c] as const))('%s', (_, c) => {
      const found = check(rule, c);
      expect(found.length, `expected a finding in ${c.file}`).toBeGreaterThan(0);
      if (c.secret !== undefined) {
        const match = found.find((f) => f.secret === c.secret);
        expect(match, `expected the value ${JSON.stringify(c.secret)} among ${JSON.stringify(found.map((f) => f.secret))}`).toBeDefined();
        expect(match!.line).toBe(c.line ?? 1);
        if (c.context !== undefined || c.severity !== undefined) {
          const placed = placeFinding({ ...match!, path: c.file, status: c.status ?? 'tracked' }, rule.meta.severity, rule.meta.policy, new ContextClassifier());
          if (c.context !== undefined) expect(placed?.context).toBe(c.context);
          if (c.severity !== undefined) expect(placed?.severity ?? rule.meta.severity).toBe(c.severity);
        }
      }
    });
  });
  describe(`${rule.meta.id}: clean`, () => {
    it.each(table.clean.map((c) => [`${c.file}: ${c.text.split('\n').join(' ⏎ ')}`, c] as const))('%s', (_, c) => {
      const found = check(rule, c);
      expect(found.map((f) => f.message)).toEqual([]);
    });
  });
}

/** The findings of a scan of a plain folder holding `files` (path → content), with only `rules`. */
export async function scanFiles(files: Record<string, string>, rules: readonly Rule[]): Promise<Finding[]> {
  const fx = new Fixture();
  try {
    for (const [p, t] of Object.entries(files)) fx.write(p, t);
    return (await scan({ root: fx.root, noGit: true }, rules)).findings;
  } finally {
    fx.cleanup();
  }
}
