import type { Finding } from '../engine/types';
import type { Severity } from '../core/types';
import { findRule } from '../rules';
import { HOMEPAGE, TOOL_NAME, VERSION } from '../version';
import type { OrgReport, OrgRepository } from './types';

/**
 * A minimal SARIF 2.1.0 log for the organisation report: one run per
 * repository, so each run's relative paths stay tied to its own repository.
 */

interface SarifResult {
  ruleId: string;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations: unknown[];
  partialFingerprints: Record<string, string>;
  properties?: Record<string, unknown>;
}

export interface SarifRun {
  tool: { driver: { name: string; version: string; informationUri: string; rules: unknown[] } };
  versionControlProvenance?: { repositoryUri: string; revisionId: string }[];
  results: SarifResult[];
  properties: { repository: string };
}

const LEVEL: Record<Severity, SarifResult['level']> = { error: 'error', warning: 'warning', notice: 'note' };

function location(f: Finding): unknown {
  const physical: Record<string, unknown> = { artifactLocation: { uri: f.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' } };
  if (f.line !== undefined) {
    const region: Record<string, number> = { startLine: f.line };
    if (f.column !== undefined) region.startColumn = f.column;
    if (f.endLine !== undefined) region.endLine = f.endLine;
    if (f.endColumn !== undefined) region.endColumn = f.endColumn;
    physical.region = region;
  }
  return { physicalLocation: physical };
}

function result(f: Finding): SarifResult {
  const r: SarifResult = {
    ruleId: f.ruleId,
    level: LEVEL[f.severity],
    // Only the message and the redacted form: never anything raw.
    message: { text: f.secret ? `${f.message} (${f.secret})` : f.message },
    locations: [location(f)],
    partialFingerprints: { 'leakproof/v1': f.fingerprint },
  };
  if (f.commit) r.properties = { commit: { ...f.commit } };
  return r;
}

function ruleDescriptor(id: string): unknown {
  const meta = findRule(id)?.meta;
  if (!meta) return { id, name: id, shortDescription: { text: id } };
  return {
    id,
    name: meta.id,
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.why },
    help: { text: meta.fix },
    defaultConfiguration: { level: LEVEL[meta.severity] },
  };
}

/**
 * One repository's SARIF run. This is the seam for the shared SARIF formatter
 * (`src/report/sarif.ts`): once it exists, build the run from it and keep
 * only the provenance and `properties.repository` added here.
 */
export function repositorySarifRun(repo: OrgRepository, serverUrl: string): SarifRun {
  const active = repo.findings.filter((f) => !f.suppressed);
  const ruleIds = [...new Set(active.map((f) => f.ruleId))].sort();
  const run: SarifRun = {
    tool: { driver: { name: TOOL_NAME, version: VERSION, informationUri: HOMEPAGE, rules: ruleIds.map(ruleDescriptor) } },
    results: active.map(result),
    properties: { repository: repo.name },
  };
  if (serverUrl && repo.commit) {
    run.versionControlProvenance = [{ repositoryUri: `${serverUrl.replace(/\/+$/, '')}/${repo.name}`, revisionId: repo.commit }];
  }
  return run;
}

export function formatOrgSarif(report: OrgReport, serverUrl = ''): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: report.repositories.map((r) => repositorySarifRun(r, serverUrl)),
  };
  return JSON.stringify(log, null, 2) + '\n';
}
