import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRepoReport, ReportInputError } from '../../src/org/parse-report';
import { mergeReports } from '../../src/org/merge';
import { blobUrl, code, formatOrgMarkdown } from '../../src/report/org-markdown';
import { resolveRepository } from '../../src/report/json';
import { parseArgs } from '../../src/cli/args';
import { run } from '../../src/cli/run';
import type { Finding } from '../../src/engine/types';
import { captureIo, jsonReport, sha, tempDir } from './helpers';

const base: Finding = {
  ruleId: 'dotenv-file',
  severity: 'error',
  path: '.env',
  message: '`.env` is tracked by git.',
  fingerprint: 'a'.repeat(32),
  status: 'tracked',
  context: 'production',
};

describe('parseRepoReport', () => {
  it('keeps the known fields and drops anything else', () => {
    const text = jsonReport([{ ...base, extra: 'x', line: 3 } as Finding], { name: 'acme/api', commit: sha(1).toUpperCase() });
    const r = parseRepoReport(text, 'r.json');
    expect(r.name).toBe('acme/api');
    expect(r.commit).toBe(sha(1));
    expect(Object.keys(r.findings[0]!)).toEqual(['ruleId', 'severity', 'path', 'line', 'message', 'fingerprint', 'status', 'context']);
    // A report's `contextWhy` travels on, after its context.
    const why = parseRepoReport(jsonReport([{ ...base, contextWhy: 'CI workflow' }]), 'r.json');
    expect(Object.keys(why.findings[0]!).slice(-2)).toEqual(['context', 'contextWhy']);
    expect(why.findings[0]!.contextWhy).toBe('CI workflow');
  });

  it('redacts again a `secret` that is not in redacted form, and trusts one that is', () => {
    const notRedacted = 'plain-value-from-an-edited-report';
    const r = parseRepoReport(jsonReport([{ ...base, secret: notRedacted }, { ...base, fingerprint: 'b'.repeat(32), secret: 'djan…(29 chars)' }]), 'r.json');
    expect(r.findings[0]!.secret).toBe('plai…(33 chars)');
    expect(r.findings[1]!.secret).toBe('djan…(29 chars)');
    // One character is one `char`.
    const one = parseRepoReport(jsonReport([{ ...base, secret: '…(1 char)' }]), 'r.json');
    expect(one.findings[0]!.secret).toBe('…(1 char)');
  });

  it('falls back to the file name when the report names no repository', () => {
    expect(parseRepoReport(jsonReport([]), './reports/acme-web.json').name).toBe('reports/acme-web');
  });

  it('names the problem without quoting the content', () => {
    const cases: [string, RegExp][] = [
      ['', /the file is empty/],
      ['{"tool":{"name":"leakproof"},"findings":[{"ruleId":"x","severity":"fatal"', /not valid JSON \(truncated or corrupt\)/],
      ['{"tool":{"name":"leakproof"},"findings":{}}', /no `findings` array/],
      ['{"tool":{"name":"leakproof"},"findings":[{"ruleId":"x","severity":"fatal","path":"a","fingerprint":"f"}]}', /finding 1: `severity` is not one of/],
      ['{"tool":{"name":"leakproof"},"findings":[],"repository":{"name":"a/b","commit":"zzz"}}', /`repository.commit` is not a commit id/],
    ];
    for (const [text, re] of cases) {
      expect(() => parseRepoReport(text, 'r.json')).toThrow(ReportInputError);
      expect(() => parseRepoReport(text, 'r.json')).toThrow(re);
    }
    try {
      parseRepoReport('{"tool": {"name": "leakproof"}, "findings": [SECRETVALUE', 'r.json');
    } catch (e) {
      expect((e as Error).message).not.toContain('SECRETVALUE');
    }
  });
});

describe('mergeReports', () => {
  it('counts a finding once when a tree scan and a history scan of one repository both report it', () => {
    const tree = parseRepoReport(jsonReport([base], { name: 'acme/api', commit: sha(2) }), 'tree.json');
    const history = parseRepoReport(
      jsonReport([base, { ...base, fingerprint: 'c'.repeat(32), path: 'old.env', commit: { sha: sha(9), date: '2024-01-01T00:00:00Z', deleted: true } }], { name: 'acme/api', commit: sha(2) }),
      'history.json',
    );
    const report = mergeReports([tree, history]);
    expect(report.repositories).toHaveLength(1);
    expect(report.repositories[0]!.current.error).toBe(1);
    expect(report.repositories[0]!.historyOnly).toBe(1);
    expect(report.totals.findings).toBe(2);
  });

  it('counts once a finding the tree scan reports plainly and the history scan with its commit', () => {
    const tree = parseRepoReport(jsonReport([base], { name: 'acme/api', commit: sha(2) }), 'tree.json');
    const history = parseRepoReport(
      jsonReport([{ ...base, commit: { sha: sha(7), date: '2024-02-02T00:00:00Z', deleted: false } }], { name: 'acme/api', commit: sha(2) }),
      'history.json',
    );
    for (const order of [[tree, history], [history, tree]]) {
      const repo = mergeReports(order).repositories[0]!;
      expect(repo.current.error).toBe(1);
      expect(repo.findings).toHaveLength(1);
      expect(repo.findings[0]!.commit?.sha).toBe(sha(7));
    }
  });

  it('gives the same result whatever order reports of one finding come in', () => {
    const a = parseRepoReport(jsonReport([base], { name: 'acme/api', commit: sha(2) }), 'a.json');
    const b = parseRepoReport(jsonReport([{ ...base, severity: 'notice', message: 'lowered elsewhere' }], { name: 'acme/api', commit: sha(2) }), 'b.json');
    expect(JSON.stringify(mergeReports([a, b]).repositories)).toBe(JSON.stringify(mergeReports([b, a]).repositories));
  });

  it('ranks a repository with only history findings above one with only warnings', () => {
    const hist = parseRepoReport(jsonReport([{ ...base, commit: { sha: sha(3), date: '', deleted: true } }], { name: 'acme/b' }), 'b.json');
    const warn = parseRepoReport(jsonReport([{ ...base, severity: 'warning' }], { name: 'acme/a' }), 'a.json');
    expect(mergeReports([warn, hist]).repositories.map((r) => r.name)).toEqual(['acme/b', 'acme/a']);
  });
});

describe('organisation Markdown', () => {
  it('keeps odd file names inside their code span and out of the table', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
    const input = parseRepoReport(jsonReport([{ ...base, path: 'we|rd`name<b>.env', line: 2 }], { name: 'acme/odd', commit: sha(4) }), 'x.json');
    const md = formatOrgMarkdown(mergeReports([input]), { serverUrl: 'https://github.com' });
    expect(md).toContain('``we|rd`name<b>.env:2``');
    expect(md).toContain('/blob/' + sha(4) + '/we%7Crd%60name%3Cb%3E.env#L2');
    // Only inside the code span, where Markdown shows it as text.
    expect(md.split('<b>')).toHaveLength(2);
  });

  it('shows a message built from a hostile file name as text, not as a link or HTML', () => {
    const input = parseRepoReport(
      jsonReport([{ ...base, message: '`a.env` is tracked [click](https://evil.example) <img src=x> **bold**' }], { name: 'acme/md', commit: sha(6) }),
      'x.json',
    );
    const md = formatOrgMarkdown(mergeReports([input]), { serverUrl: 'https://github.com' });
    expect(md).toContain('<code>a.env</code> is tracked');
    expect(md).not.toContain('](https://evil.example)');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('**bold**');
  });

  it('links only GitHub-shaped names with a commit', () => {
    const repo = mergeReports([parseRepoReport(jsonReport([base], { name: 'acme/x' }), 'x.json')]).repositories[0]!;
    expect(blobUrl('https://github.com', repo, base)).toBeUndefined();
    expect(blobUrl('https://github.com', { ...repo, commit: sha(5) }, { ...base, line: 4, endLine: 6 })).toBe(`https://github.com/acme/x/blob/${sha(5)}/.env#L4-L6`);
  });

  it('says so when every repository is clean', () => {
    const md = formatOrgMarkdown(mergeReports([parseRepoReport(jsonReport([], { name: 'acme/x' }), 'x.json')]));
    expect(md).toContain('✔ No findings in 1 repository.');
    expect(md).not.toContain('## Findings by repository');
  });
});

describe('repository in the JSON report', () => {
  it('prefers options, then LEAKPROOF_*, then the runner variables', () => {
    const env = { GITHUB_REPOSITORY: 'acme/audit', GITHUB_SHA: sha(6) };
    expect(resolveRepository({}, {})).toBeUndefined();
    expect(resolveRepository({}, env)).toEqual({ name: 'acme/audit', commit: sha(6) });
    expect(resolveRepository({}, { ...env, LEAKPROOF_REPOSITORY: 'acme/web', LEAKPROOF_COMMIT: sha(7) })).toEqual({ name: 'acme/web', commit: sha(7) });
    // A name from the options never borrows the runner's commit, which belongs to another repository.
    expect(resolveRepository({ repository: 'acme/api' }, env)).toEqual({ name: 'acme/api' });
    expect(resolveRepository({ repository: 'acme/api', commit: sha(8) }, env)).toEqual({ name: 'acme/api', commit: sha(8) });
  });

  it('validates --repository and --commit', () => {
    expect(parseArgs(['--repository', 'acme/web', '--commit', 'ABCDEF1'])).toMatchObject({ repository: 'acme/web', commit: 'abcdef1' });
    expect(() => parseArgs(['--repository', 'web'])).toThrow(/owner\/repo/);
    expect(() => parseArgs(['--commit', 'main'])).toThrow(/hexadecimal/);
  });

  it('is written by a scan with --format json', async () => {
    const tmp = tempDir('leakproof-repo-');
    try {
      writeFileSync(join(tmp.dir, '.env'), `SECRET_KEY=${'Qm7xT2wR9pK4'}${'vN8bZ3cL6yH1'}\n`);
      const c = captureIo({});
      const exit = await run([tmp.dir, '--no-git', '--format', 'json', '--repository', 'acme/web', '--commit', sha(1)], c.io);
      expect(exit).toBe(1);
      const report = JSON.parse(c.out());
      expect(report.repository).toEqual({ name: 'acme/web', commit: sha(1) });
      expect(Object.keys(report).at(-1)).toBe('repository');
      const plain = captureIo({});
      await run([tmp.dir, '--no-git', '--format', 'json'], plain.io);
      expect(JSON.parse(plain.out()).repository).toBeUndefined();
    } finally {
      tmp.cleanup();
    }
  });
});
