import { describe, expect, it } from 'vitest';
import { blobUrl, formatSummary } from '../../src/report/summary';
import { esc } from '../../src/report/markdown';
import { emptyStats } from '../../src/engine/pipeline';
import { finding, manyFindings } from './findings';
import type { Finding } from '../../src/engine/types';

const link = { serverUrl: 'https://github.com', repository: 'acme/app', sha: 'abc123' };

function summary(findings: Finding[], extra: Partial<Parameters<typeof formatSummary>[0]> = {}): string {
  return formatSummary({ result: { findings, stats: emptyStats(), errors: [] }, scope: { kind: 'all' }, link, ...extra });
}

describe('job summary', () => {
  it('says clean when there is nothing', () => {
    const md = summary([]);
    expect(md).toContain('## leakproof ✔ no findings');
    expect(md).not.toContain('| Rule |');
  });

  it('has a headline by severity, a table by rule and findings grouped by file with links', () => {
    const md = summary([finding(), finding({ line: 9, fingerprint: 'x' }), finding({ ruleId: 'dotenv-file', path: '.env', line: undefined, severity: 'warning', secret: undefined })]);
    expect(md).toContain('## leakproof ✖ 3 findings (2 errors, 1 warning)');
    expect(md).toMatch(/\| <code>hardcoded-secret-key<\/code> .* \| 🔴 error \| 2 \|/);
    expect(md).toContain('<a href="https://github.com/acme/app/blob/abc123/app/settings.py#L4">L4</a>');
    expect(md).toContain('Secret (redacted): <code>q8Zr…&#40;36 chars&#41;</code>');
    expect(md.match(/^#### /gm)).toHaveLength(2);
  });

  it('mentions the scope, with the reason when it had to scan everything', () => {
    expect(summary([], { scope: { kind: 'changed', files: 4, source: 'git diff abc..HEAD' } })).toContain('**Scope:** 4 changed files');
    expect(summary([], { scope: { kind: 'all', reason: 'the API answered HTTP 403' } })).toContain('all files, because the API answered HTTP 403');
  });

  it('names the findings that got no annotation', () => {
    expect(summary(manyFindings(200), { notAnnotated: 170, sarifFile: 'x.sarif' })).toContain('170 more findings not annotated');
  });

  it('truncates under the size cap with a clear note', () => {
    const md = summary(manyFindings(2000), { maxBytes: 20_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000);
    expect(md).toMatch(/truncated to stay under GitHub's 1 MiB limit: \d+ more findings not listed/);
    expect(Buffer.byteLength(summary(manyFindings(20000)))).toBeLessThan(1024 * 1024);
  });

  it('makes scanned names inert Markdown and HTML', () => {
    const md = summary([finding({ path: '<img src=x onerror=alert(1)>/[x](http://e)|*_.env' })]);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('[x](');
    expect(esc('a\nb`c|d')).toBe('a\\x0ab&#96;c&#124;d');
  });

  it('percent-encodes paths in links', () => {
    expect(blobUrl(link, 'dir with space/#x.py', 3)).toBe('https://github.com/acme/app/blob/abc123/dir%20with%20space/%23x.py#L3');
  });
});
