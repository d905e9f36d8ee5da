import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const FILE = new URL('../../.github/workflows/org-audit.yml', import.meta.url);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: string;
}
interface Job {
  permissions?: Record<string, string> | string;
  strategy?: { 'fail-fast'?: boolean; 'max-parallel'?: unknown; matrix?: Record<string, unknown> };
  steps?: Step[];
  uses?: string;
  needs?: string | string[];
  if?: string;
  'timeout-minutes'?: number;
}
interface Workflow {
  on: { workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, unknown> }; workflow_dispatch: { inputs: Record<string, unknown> } };
  permissions: unknown;
  jobs: Record<string, Job>;
}

const text = readFileSync(FILE, 'utf8');
const wf = parse(text) as Workflow;
const jobs = Object.entries(wf.jobs);
const steps = jobs.flatMap(([, j]) => j.steps ?? []);

describe('reusable org-audit workflow', () => {
  it('parses and runs on workflow_call and workflow_dispatch with the same inputs', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['workflow_call', 'workflow_dispatch']);
    const call = Object.keys(wf.on.workflow_call.inputs).sort();
    expect(call).toEqual(Object.keys(wf.on.workflow_dispatch.inputs).sort());
    for (const name of ['org', 'topic', 'include-archived', 'include-forks', 'history', 'max-parallel', 'chunk']) expect(call).toContain(name);
    expect(wf.on.workflow_call.secrets).toHaveProperty('token');
  });

  it('pins every action to a major version or a full commit SHA', () => {
    const refs = [...steps.map((s) => s.uses), ...jobs.map(([, j]) => j.uses)].filter((u): u is string => u !== undefined);
    expect(refs.length).toBeGreaterThanOrEqual(6);
    for (const ref of refs) expect(ref, ref).toMatch(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@(?:v\d+|[0-9a-f]{40})$/);
    expect(refs).toContain('leakproof/leakproof@v1');
  });

  it('grants nothing by default and at most read access per job', () => {
    expect(wf.permissions).toEqual({});
    for (const [name, job] of jobs) {
      expect(job.permissions, `${name} declares permissions`).toBeDefined();
      expect(typeof job.permissions, name).toBe('object');
      for (const [scope, level] of Object.entries(job.permissions as Record<string, string>)) {
        expect(level, `${name}: ${scope}`).toBe('read');
      }
      expect(job['timeout-minutes'], `${name} has a timeout`).toBeGreaterThan(0);
    }
    // The org token does the reading; GITHUB_TOKEN needs nothing, so callers may run with `permissions: {}`.
    for (const [name, job] of jobs) expect(job.permissions, name).toEqual({});
  });

  it('fans out one matrix job per listed repository, without fail-fast, at most max-parallel at once', () => {
    const scan = wf.jobs.scan!;
    expect(scan.needs).toBe('list');
    expect(scan.strategy!['fail-fast']).toBe(false);
    expect(scan.strategy!['max-parallel']).toBe('${{ inputs.max-parallel }}');
    expect(scan.strategy!.matrix).toEqual({ repository: '${{ fromJSON(needs.list.outputs.repositories) }}' });
    const checkout = scan.steps!.find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with).toMatchObject({ repository: '${{ matrix.repository }}', 'persist-credentials': false });
    expect(String(checkout.with!.token)).toContain('secrets.token');
    expect(scan.steps!.some((s) => s.run?.includes('--history'))).toBe(true);
    expect(scan.steps!.some((s) => s.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
  });

  it('merges every report, even when some scans failed, into the summary and artifacts', () => {
    const merge = wf.jobs.merge!;
    expect(merge.needs).toEqual(['list', 'scan']);
    expect(merge.if).toContain('always()');
    expect(merge.steps!.some((s) => s.uses?.startsWith('actions/download-artifact@'))).toBe(true);
    const script = merge.steps!.map((s) => s.run ?? '').join('\n');
    expect(script).toContain('report merge');
    for (const f of ['json', 'sarif', 'markdown']) expect(script).toContain(`--format ${f}`);
    expect(script).toContain('GITHUB_STEP_SUMMARY');
    expect(merge.steps!.at(-1)!.uses).toMatch(/^actions\/upload-artifact@/);
  });

  it('passes inputs to scripts through env only, never by ${{ }} inside run', () => {
    for (const s of steps) if (s.run) expect(s.run, s.run).not.toContain('${{');
  });
});
