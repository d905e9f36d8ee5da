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

  it('stays within the cap to the byte with one finding per file, and never leaves a file heading empty', () => {
    const spread = manyFindings(3000).map((f, i) => ({ ...f, path: `src/module-${i}/settings.py` }));
    for (const maxBytes of [5_000, 20_000, 100_000]) {
      const md = summary(spread, { maxBytes });
      expect(Buffer.byteLength(md)).toBeLessThanOrEqual(maxBytes);
      expect(md).not.toMatch(/^#### .*\n\n(?!- )/m);
    }
  });

  it('with a base: suppressions the change adds come first and survive truncation; old findings get their own heading', () => {
    const fresh = manyFindings(3000).map((f, i) => ({ ...f, path: `src/m-${i}.py`, new: true }));
    const existing = [finding({ path: 'old.py', line: 2, fingerprint: 'old', new: false })];
    const added = [
      { ruleId: 'hardcoded-secret-key', severity: 'error' as const, path: 'a.py', line: 4, commentLine: 3, reason: 'demo <b>only</b>', context: 'production' as const, fingerprint: 'a' },
      { ruleId: 'hardcoded-secret-key', severity: 'error' as const, path: 'b.py', line: 1, commentLine: 1, context: 'production' as const, fingerprint: 'b' },
    ];
    const md = summary([...fresh, ...existing], { maxBytes: 20_000, base: { existing, existingCounted: false, added, addedCounted: false } });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000);
    expect(md).toContain('## leakproof ✖ 3000 new findings (1000 errors, 1000 warnings, 1000 notices)');
    const suppressions = md.indexOf('### Suppressions this change adds');
    expect(suppressions).toBeGreaterThan(0);
    expect(suppressions).toBeLessThan(md.indexOf('### Findings by file'));
    expect(md).toContain('<a href="https://github.com/acme/app/blob/abc123/a.py#L3">a.py:3</a>** (line 4)');
    expect(md).toContain('reason: “demo &#60;b&#62;only&#60;/b&#62;”');
    expect(md).toContain('**no reason given**');
    expect(md).toContain('1 finding already on the base branch (not counted)');
    expect(md).toMatch(/truncated to stay under GitHub's 1 MiB limit: \d+ more findings not listed/);

    const small = summary([fresh[0]!, ...existing], { base: { existing, existingCounted: false, added: [], addedCounted: false } });
    expect(small).toContain('### Already on the base branch');
    expect(small.indexOf('### Already on the base branch')).toBeGreaterThan(small.indexOf('### Findings by file'));
    expect(small).toContain('old.py');
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
