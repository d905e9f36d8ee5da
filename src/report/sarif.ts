import type { Finding, ScanResult } from '../engine/types';
import type { Severity } from '../core/types';
import type { Rule } from '../rules/types';
import { RULES } from '../rules';
import { ruleDocUrl, ruleMarkdown } from './rule-docs';
import { HOMEPAGE, TOOL_NAME, VERSION } from '../version';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/**
 * GitHub code scanning reads this as a CVSS-like score: 7.0–8.9 shows as
 * "high", 4.0–6.9 as "medium", below 4.0 as "low".
 */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', notice: '2.0' };

/** The key under which code scanning tracks a finding across commits. */
export const FINGERPRINT_KEY = 'leakproofFingerprint/v1';

export interface SarifOptions {
  /** Prepended to every finding path so URIs are relative to the repository root. */
  pathPrefix?: string;
  rules?: readonly Rule[];
}

/** A SARIF 2.1.0 log with one run: every rule in the driver, every finding as a result. */
export function toSarif(result: Pick<ScanResult, 'findings'>, opts: SarifOptions = {}): object {
  const rules = opts.rules ?? RULES;
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: HOMEPAGE,
            rules: rules.map(sarifRule),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository.' } } },
        results: result.findings.map((f) => sarifResult(f, index.get(f.ruleId), opts.pathPrefix ?? '')),
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
}

export function formatSarif(result: Pick<ScanResult, 'findings'>, opts: SarifOptions = {}): string {
  return JSON.stringify(toSarif(result, opts), null, 2) + '\n';
}

function sarifRule(rule: Rule): object {
  const m = rule.meta;
  return {
    id: m.id,
    name: pascal(m.id),
    shortDescription: { text: m.title },
    fullDescription: { text: m.why },
    help: { text: `${m.why}\n\nHow to fix: ${m.fix}`, markdown: ruleMarkdown(rule) },
    helpUri: ruleDocUrl(m.id),
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: {
      tags: ['security', 'secrets'],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[m.severity],
    },
  };
}

function sarifResult(f: Finding, ruleIndex: number | undefined, prefix: string): object {
  const region: Record<string, number> = {};
  if (f.line !== undefined) {
    region.startLine = f.line;
    if (f.endLine !== undefined) region.endLine = f.endLine;
    if (f.column !== undefined) region.startColumn = f.column;
    if (f.endColumn !== undefined) region.endColumn = f.endColumn;
  }
  const text = f.secret !== undefined ? `${f.message} (secret: ${f.secret})` : f.message;
  const physicalLocation: Record<string, unknown> = {
    artifactLocation: { uri: encodeUri(prefix + f.path), uriBaseId: '%SRCROOT%' },
  };
  if (f.line !== undefined) physicalLocation.region = region;
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text },
    locations: [{ physicalLocation }],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: { gitStatus: f.status, context: f.context, ...(f.contextWhy !== undefined ? { contextWhy: f.contextWhy } : {}) },
  };
  // Against a base, SARIF's own vocabulary says whether the change brought the result in.
  if (f.new !== undefined) out.baselineState = f.new ? 'new' : 'unchanged';
  if (f.suppressed) {
    out.suppressions = [
      {
        kind: f.suppressed.by === 'inline' ? 'inSource' : 'external',
        ...(f.suppressed.reason ? { justification: f.suppressed.reason } : {}),
      },
    ];
  }
  return out;
}

/** A relative URI reference: each path segment percent-encoded, slashes kept. */
function encodeUri(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}
