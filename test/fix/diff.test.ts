import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Fixture } from '../helpers/fixture';
import { diffLines, unifiedDiff } from '../../src/report/diff';
import { orderFollowUp, redactor } from '../../src/report/fix';

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

function mutate(lines: string[], r: () => number): string[] {
  const out = [...lines];
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * (out.length + 1));
    const what = r();
    if (what < 0.33 && out.length > 0) out.splice(Math.min(at, out.length - 1), 1);
    else if (what < 0.66) out.splice(at, 0, `inserted ${i} ${Math.floor(r() * 1000)}`);
    else if (out.length > 0) out[Math.min(at, out.length - 1)] = `changed ${i}`;
  }
  return out;
}

describe('unified diff', () => {
  it('is a diff git applies: 200 random edits of a 40-line file', () => {
    const f = new Fixture();
    try {
      const r = rng(7);
      for (let round = 0; round < 200; round++) {
        const before = Array.from({ length: 40 }, (_, i) => `line ${i % 7} ${i}`);
        const after = mutate(before, r);
        const a = before.join('\n') + '\n';
        const b = after.join('\n') + '\n';
        writeFileSync(f.abs('file.txt'), a);
        writeFileSync(f.abs('patch.diff'), unifiedDiff('file.txt', a, b));
        execFileSync('git', ['apply', 'patch.diff'], { cwd: f.root });
        expect(readFileSync(f.abs('file.txt'), 'utf8'), `round ${round}`).toBe(b);
      }
    } finally {
      f.cleanup();
    }
  });

  it('is minimal for a one-line change in a long file', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `l${i}`);
    const b = [...a];
    b[2500] = 'changed';
    const ops = diffLines(a, b).filter((l) => l.op !== ' ');
    expect(ops.map((l) => `${l.op}${l.text}`)).toEqual(['-l2500', '+changed']);
  });

  it('shows a created file against /dev/null', () => {
    expect(unifiedDiff('.env.example', null, 'A=\nB=\n')).toBe('--- /dev/null\n+++ b/.env.example\n@@ -0,0 +1,2 @@\n+A=\n+B=\n');
  });

  it('redacts secrets; a short one only as a whole word; a fresh key shows only its length', () => {
    const red = redactor(['dev', 'q8Zr4nM2xV7bL1cK9pT3wY6h'], ['FRESHKEY0123456789abcdef']);
    expect(red("x = os.getenv('SECRET_KEY', 'dev') # development")).toBe("x = os.getenv('SECRET_KEY', '…(3 chars)') # development");
    expect(red('K=q8Zr4nM2xV7bL1cK9pT3wY6h')).toBe('K=q8Zr…(24 chars)');
    expect(red('K=FRESHKEY0123456789abcdef')).toBe('K=<fresh key, 24 chars>');
  });

  it('redacts a short secret only where a value stands: not an option, a folder or a word of the same letters', () => {
    const red = redactor(['secret', 'test']);
    expect(red("  secret: 'secret',")).toBe("  secret: '…(6 chars)',");
    expect(red('SESSION_SECRET=secret')).toBe('SESSION_SECRET=…(6 chars)');
    expect(red('jwt_secret: secret # weak')).toBe('jwt_secret: …(6 chars) # weak');
    expect(red('+!test/.env.example')).toBe('+!test/.env.example');
    expect(red('+docker/test.env')).toBe('+docker/test.env');
    expect(red('const secret = process.env.SECRET;')).toBe('const secret = process.env.SECRET;');
  });
});

describe('the local .env in a diff', () => {
  it('shows every value redacted, however short, and a fresh key by its length only', async () => {
    const { formatFixPlan } = await import('../../src/report/fix');
    const { palette } = await import('../../src/report/color');
    const fix = {
      ruleId: 'hardcoded-secret-key',
      finding: { path: 'settings.py', line: 1, fingerprint: 'x' },
      applicability: 'unsafe' as const,
      title: 'read SECRET_KEY from the environment',
      edits: [],
      untrack: [],
      ignore: [],
      example: [],
      local: [{ file: '.env', name: 'SECRET_KEY', value: 'FRESHKEY0123456789abcdefFRESH' }],
      followUp: [],
      secrets: [],
      freshKeys: ['FRESHKEY0123456789abcdefFRESH'],
    };
    const plan = { root: '/x', fixes: [fix], manual: [], snapshot: new Map([['.env', 'PIN=42\nSECRET_KEY=dev\n']]), tracked: new Set<string>() };
    const out = formatFixPlan(plan, { colors: palette(false), write: false, unsafe: false });
    expect(out).toContain('-SECRET_KEY=…(3 chars)\n+SECRET_KEY=<fresh key, 29 chars>\n');
    expect(out).not.toContain('PIN');
    expect(out).not.toMatch(/=dev\b/);
  });

  it('shows a tab in a line of code as a tab, and other control characters escaped', async () => {
    const { formatFixPlan } = await import('../../src/report/fix');
    const { palette } = await import('../../src/report/color');
    const text = 'package main\n\nfunc key() string {\n\treturn "k\x1b[2Jey"\n}\n';
    const at = text.indexOf('"k');
    const fix = {
      ruleId: 'hardcoded-secret-key',
      finding: { path: 'main.go', line: 4, fingerprint: 'x' },
      applicability: 'unsafe' as const,
      title: 'read the key from the environment',
      edits: [{ path: 'main.go', edits: [{ start: at, end: at + 9, text: 'os.Getenv("KEY")' }] }],
      untrack: [],
      ignore: [],
      example: [],
      local: [],
      followUp: [],
      secrets: [],
      freshKeys: [],
    };
    const plan = { root: '/x', fixes: [fix], manual: [], snapshot: new Map([['main.go', text]]), tracked: new Set<string>() };
    const out = formatFixPlan(plan, { colors: palette(false), write: false, unsafe: false });
    expect(out).toContain('-\treturn "k\\x1b[2Jey"\n+\treturn os.Getenv("KEY")\n');
  });
});

describe('the steps after fixing', () => {
  it('says once to set each variable, however two fixes word it, after rotating and before the rest', () => {
    expect(
      orderFollowUp([
        'Set JWT_SECRET wherever the app runs, to a fresh key (`leakproof keygen --for jwt`).',
        'Rotate the old value of JWT_SECRET: it stays in git history, so treat it as compromised.',
        'Set JWT_SECRET wherever the app runs; it no longer starts without it.',
        'Set SESSION_SECRET wherever the app runs; it no longer starts without it.',
        'Rotate the old value of JWT_SECRET: it stays in git history, so treat it as compromised.',
      ]),
    ).toEqual([
      'Rotate the old value of JWT_SECRET: it stays in git history, so treat it as compromised.',
      'Set JWT_SECRET wherever the app runs, to a fresh key (`leakproof keygen --for jwt`).',
      'Set SESSION_SECRET wherever the app runs; it no longer starts without it.',
    ]);
  });
});
