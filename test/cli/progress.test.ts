import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '../../src/cli/progress';

describe('Progress', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  const sink = () => {
    const written: string[] = [];
    return { written, out: { write: (s: string) => written.push(s) } };
  };

  it('says nothing during the first second, then redraws at most ten times a second', () => {
    const { written, out } = sink();
    const p = new Progress(out);
    p.update(10, 100);
    vi.advanceTimersByTime(900);
    p.update(20, 100);
    expect(written).toEqual([]);
    vi.advanceTimersByTime(200);
    p.update(30, 100);
    p.update(31, 100);
    expect(written).toEqual(['\r\u001b[2Kleakproof: scanning 30/100 files…']);
    vi.advanceTimersByTime(150);
    p.commits(7);
    expect(written[1]).toBe('\r\u001b[2Kleakproof: scanning history: 7 commits…');
    p.clear();
    expect(written[2]).toBe('\r\u001b[2K');
  });

  it('erases nothing when it never drew', () => {
    const { written, out } = sink();
    const p = new Progress(out);
    p.update(1, 2);
    p.clear();
    expect(written).toEqual([]);
  });
});
