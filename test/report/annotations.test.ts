import { describe, expect, it } from 'vitest';
import { annotationCommand, escapeData, escapeProperty, planAnnotations, toAnnotation } from '../../src/report/annotations';
import { finding, manyFindings } from './findings';

/** Undoes the runner's escaping, to prove the round trip is exact. */
function unescape(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

describe('workflow command escaping', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('50% done\r\nnext::x')).toBe('50%25 done%0D%0Anext::x');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });

  it('keeps a hostile file name inside one command line and round-trips it', () => {
    const evil = 'a%0A::warning::x,line=1:y\r\n::error file=z::w.env';
    const line = annotationCommand(toAnnotation(finding({ path: evil, message: 'm\n::error::inject' })));
    expect(line.split(/\r|\n/)).toHaveLength(1);
    const m = /^::error file=([^,]*),line=4,endLine=4,col=14,endColumn=50,title=([^,:]*)::(.*)$/.exec(line);
    expect(m).not.toBeNull();
    expect(unescape(m![1]!)).toBe(evil);
    expect(unescape(m![2]!)).toBe('leakproof: hardcoded-secret-key');
    expect(unescape(m![3]!).startsWith('m\n::error::inject')).toBe(true);
  });

  it('puts the redacted secret and the fix in the message, never more', () => {
    const a = toAnnotation(finding());
    expect(a.message).toContain('Secret (redacted): q8Zr…(36 chars)');
    expect(a.message).toContain('Fix: ');
    expect(a.title).toBe('leakproof: hardcoded-secret-key');
  });

  it('drops columns on annotations that span lines, and positions on file-level findings', () => {
    expect(toAnnotation(finding({ endLine: 6 }))).toMatchObject({ startLine: 4, endLine: 6 });
    expect(toAnnotation(finding({ endLine: 6 })).startColumn).toBeUndefined();
    const fileLevel = toAnnotation(finding({ line: undefined, column: undefined, endLine: undefined, endColumn: undefined }));
    expect(fileLevel.startLine).toBeUndefined();
    expect(annotationCommand(fileLevel)).toMatch(/^::error file=app\/settings\.py,title=/);
  });
});

describe('planAnnotations', () => {
  it('with 200 findings emits exactly 10 per severity, most severe first, and counts the rest', () => {
    const plan = planAnnotations(manyFindings(200), { max: 50 });
    const sev = plan.annotations.map((a) => a.severity);
    expect(sev).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(10).fill('notice')]);
    expect(plan.omitted).toBe(170);
  });

  it('honours a smaller total budget, spending it on the most severe', () => {
    const plan = planAnnotations(manyFindings(200), { max: 15 });
    expect(plan.annotations.filter((a) => a.severity === 'error')).toHaveLength(10);
    expect(plan.annotations.filter((a) => a.severity === 'warning')).toHaveLength(5);
    expect(plan.annotations.filter((a) => a.severity === 'notice')).toHaveLength(0);
    expect(plan.omitted).toBe(185);
    expect(planAnnotations(manyFindings(9), { max: 0 }).annotations).toHaveLength(0);
  });

  it('puts findings on changed lines first', () => {
    const all = manyFindings(90).filter((f) => f.severity === 'error');
    const changed = new Set(all.slice(-3).map((f) => f.path));
    const plan = planAnnotations(all, { max: 50, changedLines: (p) => changed.has(p) });
    expect(plan.annotations.slice(0, 3).map((a) => a.file)).toEqual(all.slice(-3).map((f) => f.path));
    expect(plan.annotations).toHaveLength(10);
  });

  it('never annotates suppressed findings and does not count them as omitted', () => {
    const plan = planAnnotations([finding({ suppressed: { by: 'inline' } }), finding({ line: 9 })], { max: 50 });
    expect(plan.annotations).toHaveLength(1);
    expect(plan.omitted).toBe(0);
  });
});
