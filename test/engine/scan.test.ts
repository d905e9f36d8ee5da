import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { Fixture, RUNNING_AS_ROOT } from '../helpers/fixture';
import { scan, ScanInputError } from '../../src/engine/scan';
import { formatJson } from '../../src/report/json';
import { formatText } from '../../src/report/text';
import { palette } from '../../src/report/color';
import { dotenvFile } from '../../src/rules/dotenv-file';
import { dotenvTemplateSecret } from '../../src/rules/dotenv-template-secret';
import { RULES } from '../../src/rules/index';
import { fakeToken } from '../helpers/fake-tokens';
import type { Rule } from '../../src/rules/types';

const fixtures: Fixture[] = [];
afterEach(() => {
  while (fixtures.length > 0) fixtures.pop()!.cleanup();
});
function track(f: Fixture): Fixture {
  fixtures.push(f);
  return f;
}

/** A rule that reports nothing and records which files reached the content rules. */
function recorder(): { rule: Rule; seen: Map<string, { status: string; text: string | null }> } {
  const seen = new Map<string, { status: string; text: string | null }>();
  return {
    seen,
    rule: {
      meta: { id: 'record', title: 'record', severity: 'notice', policy: 'meta', why: '', fix: '', examples: [] },
      checkFile(file) {
        seen.set(file.path, { status: file.status, text: file.text });
        return [];
      },
    },
  };
}

const SECRET = 'Zx8kQ2mN7pL4vR9tW3yB6cD1aaQQ';

describe('scan: git classification', () => {
  function classified(): Fixture {
    const f = track(Fixture.repo());
    f.write('.gitignore', 'ignored/\n*.log\n');
    f.write('src/app.py', 'print(1)\n');
    f.write('.env.tracked', 'A=1\n');
    f.git('add', '-A');
    f.write('.env', 'B=2\n'); // untracked, not ignored
    f.write('ignored/.env', 'C=3\n');
    f.write('debug.log', 'x\n');
    return f;
  }

  it('scans tracked and untracked-not-ignored files and labels them', async () => {
    const f = classified();
    const r = recorder();
    const result = await scan({ root: f.root }, [r.rule, dotenvFile]);
    expect(result.mode).toBe('git');
    expect([...r.seen.keys()].sort()).toEqual(['.env', '.env.tracked', '.gitignore', 'src/app.py']);
    expect(r.seen.get('.env')!.status).toBe('untracked');
    expect(r.seen.get('src/app.py')!.status).toBe('tracked');
    expect(result.findings.map((x) => [x.path, x.status])).toEqual([
      ['.env', 'untracked'],
      ['.env.tracked', 'tracked'],
    ]);
  });

  it('reads ignored files only with includeIgnored, and rules still do not report them', async () => {
    const f = classified();
    const r = recorder();
    const result = await scan({ root: f.root, includeIgnored: true }, [r.rule, dotenvFile]);
    expect(r.seen.get('ignored/.env')!.status).toBe('ignored');
    expect(r.seen.get('debug.log')!.status).toBe('ignored');
    expect(result.findings.map((x) => x.path)).toEqual(['.env', '.env.tracked']);
  });

  it('reads every path of a listing longer than one pipe read, once each, including non-ASCII and conflicted paths', async () => {
    const f = track(Fixture.repo());
    const names: string[] = [];
    // About 170 KB of `ls-files --stage` output: the records are cut between reads.
    for (let i = 0; i < 1500; i++) names.push(i % 7 === 0 ? `dir ${i % 13}/ünïcödé-ファイル-${i}.txt` : `dir ${i % 13}/plain-file-number-${i}.txt`);
    for (const n of names) f.write(n, `${n}\n`);
    f.write('both.txt', 'base\n').git('add', '-A');
    f.git('commit', '-q', '-m', 'base');
    f.git('checkout', '-q', '-b', 'other');
    f.write('both.txt', 'other\n').git('commit', '-q', '-am', 'other');
    f.git('checkout', '-q', '-');
    f.write('both.txt', 'main\n').git('commit', '-q', '-am', 'main');
    try {
      f.git('merge', '-q', 'other');
    } catch {
      // The conflict is the point: both.txt is in the index at stages 1, 2 and 3.
    }
    expect(f.git('ls-files', '--stage', 'both.txt').trim().split('\n')).toHaveLength(3);
    const r = recorder();
    const result = await scan({ root: f.root }, [r.rule]);
    expect([...r.seen.keys()].sort()).toEqual([...names, 'both.txt'].sort());
    expect(result.stats.files).toBe(names.length + 1);
  });

  it("never reads the root's own .git in git mode", async () => {
    const f = track(Fixture.repo());
    f.write('a.txt', 'a\n').git('add', '-A');
    f.git('commit', '-q', '-m', 'a');
    const r = recorder();
    await scan({ root: f.root }, [r.rule]);
    expect([...r.seen.keys()]).toEqual(['a.txt']);
  });

  it('treats the same folder as plain with noGit: everything counts, except what is inside .git', async () => {
    const f = classified();
    const r = recorder();
    const result = await scan({ root: f.root, noGit: true }, [r.rule, dotenvFile]);
    expect(result.mode).toBe('plain');
    expect([...r.seen.keys()].sort()).toEqual(['.env', '.env.tracked', '.gitignore', 'debug.log', 'ignored/.env', 'src/app.py']);
    expect(new Set([...r.seen.values()].map((v) => v.status))).toEqual(new Set(['plain']));
    expect(result.findings.map((x) => x.path)).toEqual(['.env', '.env.tracked', 'ignored/.env']);
  });

  it("scans a repository's .git, a folder in it and a bare repository inside a work tree as plain folders, as git sees them", async () => {
    const f = track(Fixture.repo());
    f.write('a.txt', 'a\n').write('.env', 'A=1\n').git('add', '-A');
    f.git('commit', '-q', '-m', 'a');
    execFileSync('git', ['clone', '-q', '--bare', f.root, f.abs('copy.git')]);
    for (const root of [f.abs('.git'), f.abs('.git/refs'), f.abs('copy.git')]) {
      const r = recorder();
      const result = await scan({ root }, [r.rule]);
      expect(result.mode).toBe('plain');
      expect(result.errors).toEqual([]);
      // Never the work tree's files, which git would list from there.
      expect([...r.seen.keys()]).not.toContain('a.txt');
      expect([...r.seen.keys()]).not.toContain('.env');
      if (root.endsWith('.git')) expect([...r.seen.keys()]).toContain('HEAD');
    }
  });

  it('gives an empty folder an empty result, with a baseline matched against no finding', async () => {
    const f = track(new Fixture());
    const result = await scan({ root: f.root });
    expect(result.findings).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.stats.files).toBe(0);
    const entry = { ruleId: 'dotenv-file', path: '.env', fingerprint: 'f'.repeat(16) };
    const withBaseline = await scan({ root: f.root, baseline: { entries: [entry] } });
    expect(withBaseline.stats.baseline).toEqual({ entries: 1, matched: 0, stale: 1 });
  });

  it('scans a folder outside any git work tree as plain', async () => {
    const f = track(new Fixture());
    f.write('.env', 'A=1\n');
    const result = await scan({ root: f.root }, [dotenvFile]);
    expect(result.mode).toBe('plain');
    expect(result.findings.map((x) => [x.path, x.status])).toEqual([['.env', 'plain']]);
  });
});

describe('scan: what is read and what is skipped', () => {
  it('skips binary and oversized files for content, and counts them', async () => {
    const f = track(new Fixture());
    f.write('ok.txt', 'hello\n');
    f.write('image.png', Buffer.concat([Buffer.from('\x89PNG\r\n'), Buffer.alloc(10), Buffer.from('SECRET_KEY=abc')]));
    f.write('late-nul.txt', Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])]));
    f.write('big.txt', 'x'.repeat(12000));
    const r = recorder();
    const result = await scan({ root: f.root, maxFileSize: 10000 }, [r.rule]);
    expect(r.seen.get('ok.txt')!.text).toBe('hello\n');
    expect(r.seen.get('image.png')!.text).toBeNull();
    expect(r.seen.get('big.txt')!.text).toBeNull();
    // The NUL is past the first 8 KiB: git calls this text, and so do we.
    expect(r.seen.get('late-nul.txt')!.text).not.toBeNull();
    expect(result.stats.skipped).toMatchObject({ binary: 1, tooLarge: 1 });
    expect(result.stats.files).toBe(2);
    expect(result.stats.bytes).toBe(6 + 9001);
  });

  it('reads a longer head of a SQLite database over the size limit, and the usual 8 KiB of other files', async () => {
    const f = track(new Fixture());
    const sqlite = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(600_000, 1)]);
    f.write('data/app.db', sqlite);
    f.write('data/other.bin', Buffer.concat([Buffer.from('SQLite format 2\0', 'latin1'), Buffer.alloc(600_000, 1)]));
    const heads = new Map<string, number>();
    const rule: Rule = {
      meta: { id: 'probe', title: 'probe', severity: 'notice', policy: 'meta', why: '', fix: '', examples: [] },
      checkFile(file) {
        heads.set(file.path, file.bytes.length);
        return [];
      },
    };
    await scan({ root: f.root, maxFileSize: 100_000 }, [rule]);
    expect(Object.fromEntries(heads)).toEqual({ 'data/app.db': 256 * 1024, 'data/other.bin': 8192 });
  });

  it('decodes UTF-16 with a BOM and CRLF line endings, with columns in characters', async () => {
    const f = track(new Fixture());
    const text = 'PORT=1\r\nHOST=é\r\nJWT_SECRET=' + SECRET + '\r\n';
    f.write('le/.env.example', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = Buffer.from(text, 'utf16le');
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    f.write('be/.env.example', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    f.write('bom8/.env.example', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const result = await scan({ root: f.root }, [dotenvTemplateSecret]);
    expect(result.stats.skipped.binary).toBe(0);
    expect(result.findings.map((x) => [x.path, x.line, x.column, x.endColumn])).toEqual([
      ['be/.env.example', 3, 12, 12 + SECRET.length],
      ['bom8/.env.example', 3, 12, 12 + SECRET.length],
      ['le/.env.example', 3, 12, 12 + SECRET.length],
    ]);
  });

  it.skipIf(RUNNING_AS_ROOT)('reports an unreadable file in errors and goes on', async () => {
    const f = track(new Fixture());
    f.write('locked/.env', 'A=1\n').chmod('locked/.env', 0o000);
    f.write('.env', 'B=2\n');
    const result = await scan({ root: f.root }, [dotenvFile]);
    expect(result.errors).toEqual([{ path: 'locked/.env', message: expect.stringMatching(/permission denied/) }]);
    expect(result.stats.skipped.unreadable).toBe(1);
    expect(result.findings.map((x) => x.path)).toEqual(['.env']);
  });

  it('never blocks on a FIFO, in plain and git mode', async () => {
    for (const f of [track(new Fixture()), track(Fixture.repo())]) {
      f.write('.env', 'A=1\n');
      execFileSync('mkfifo', [f.abs('pipe.env')]);
      const result = await scan({ root: f.root }, [dotenvFile]);
      expect(result.findings.map((x) => x.path)).toEqual(['.env']);
    }
  });

  it('reports findings sorted by path, then line', async () => {
    const f = track(new Fixture());
    f.write('b/.env.example', `A_SECRET=${SECRET}\nB=x\nC_TOKEN=${SECRET}b\n`);
    f.write('a/.env.example', `X=1\nY_KEY=${SECRET}\n`);
    f.write('a/.env', 'Z=1\n');
    f.write('a.env.example', `Q_SECRET=${SECRET}\n`);
    const result = await scan({ root: f.root }, [dotenvTemplateSecret, dotenvFile]);
    expect(result.findings.map((x) => `${x.path}:${x.line ?? 0}`)).toEqual([
      'a.env.example:1',
      'a/.env:0',
      'a/.env.example:2',
      'b/.env.example:1',
      'b/.env.example:3',
    ]);
  });

  it('reports a value written twice on one line in the same words once, at the first, and again on every other line', async () => {
    const f = track(new Fixture());
    const token = fakeToken('ghp', 'twice');
    const other = fakeToken('ghp', 'other');
    const files: Record<string, string[]> = {
      'fixtures/repos.db': [
        `{"credentials":{"username":"${token}","token":"${token}"}}`,
        `{"credentials":{"username":"${token}","token":"${token}"}}`,
        `{"a":"${token}","b":"${other}"}`,
      ],
      // Each name that holds a value is fixed on its own: findings that name them are each kept.
      'settings.py': [`SECRET_KEY = '${SECRET}'; JWT_SECRET = '${SECRET}'`],
      // The token under a signing key's name is that rule's finding; the same token again, on its own, is a token.
      'app/settings.py': [`SECRET_KEY = '${token}'; GITHUB_TOKEN = '${token}'`],
    };
    for (const [p, lines] of Object.entries(files)) f.write(p, lines.join('\n') + '\n');
    const result = await scan({ root: f.root }, RULES);
    const at = (p: string, n: number, value: string, from = 0) => `${p}:${n}:${files[p]![n - 1]!.indexOf(value, from) + 1}`;
    const found = (ruleId: string, p: string) => result.findings.filter((x) => x.ruleId === ruleId && x.path === p).map((x) => `${x.path}:${x.line}:${x.column}`);
    const line1 = files['fixtures/repos.db']![0]!;
    expect(found('known-token', 'fixtures/repos.db')).toEqual([
      at('fixtures/repos.db', 1, token),
      at('fixtures/repos.db', 2, token),
      at('fixtures/repos.db', 3, token),
      at('fixtures/repos.db', 3, other),
    ]);
    expect(line1.indexOf(token, line1.indexOf(token) + 1)).toBeGreaterThan(0);
    const settings = files['settings.py']![0]!;
    expect(found('hardcoded-secret-key', 'settings.py')).toEqual([at('settings.py', 1, SECRET), at('settings.py', 1, SECRET, settings.indexOf(SECRET) + 1)]);
    // Whichever rule keeps the first, the token is still named as a token on its line, once.
    expect(found('known-token', 'app/settings.py')).toHaveLength(1);
    // Fingerprints stay distinct, one per finding.
    expect(new Set(result.findings.map((x) => x.fingerprint)).size).toBe(result.findings.length);
  });

  it('rejects a missing root or a file as root with a ScanInputError', async () => {
    const f = track(new Fixture());
    f.write('file.txt', 'x');
    await expect(scan({ root: f.abs('nope') })).rejects.toThrow(ScanInputError);
    await expect(scan({ root: f.abs('file.txt') })).rejects.toThrow(/not a folder/);
  });
});

describe('scan: symlinks', () => {
  it('never follows a symlink out of the root, in any output', async () => {
    const outside = track(new Fixture('leakproof-outside-'));
    const outsideSecret = 'OUTSIDE_dN3k9QmZ7xV2pL8rT4wY6bC1';
    outside.write('.env', `SECRET_KEY=${outsideSecret}\nOUTSIDE_ONLY_KEY=1\n`);
    outside.write('.env.example', `SECRET_KEY=${outsideSecret}\n`);
    outside.write('dir/.env', `SECRET_KEY=${outsideSecret}\n`);
    outside.write('dir/settings.py', `SECRET_KEY = '${outsideSecret}'\n`);
    for (const f of [track(new Fixture()), track(Fixture.repo())]) {
      f.write('README.md', 'hello\n');
      f.symlink(outside.abs('.env'), '.env');
      f.symlink(outside.abs('.env.example'), 'config/.env.example');
      f.symlink(outside.abs('dir'), 'linked-dir');
      f.symlink(outside.root, 'up');
      if (isRepo(f)) f.git('add', '-A');
      const r = recorder();
      const res = await scan({ root: f.root }, [r.rule]);
      expect([...r.seen.keys()]).toEqual(['README.md']);
      expect(res.stats.skipped.symlink).toBe(4);
      const full = await scan({ root: f.root });
      const outputs = [formatJson(full, f.root), formatText(full, { colors: palette(false) }), JSON.stringify(full)];
      for (const out of outputs) {
        expect(out).not.toContain(outsideSecret);
        expect(out).not.toContain('OUTSIDE');
        expect(out).not.toContain(outside.root);
      }
    }
    function isRepo(f: Fixture): boolean {
      try {
        f.git('rev-parse', '--is-inside-work-tree');
        return true;
      } catch {
        return false;
      }
    }
  });
});

describe('scan: stable output', () => {
  it('gives byte-identical JSON for two runs apart from durationMs', async () => {
    const f = track(Fixture.repo());
    f.write('.env', `SECRET_KEY=${SECRET}\nDB_PASSWORD=x\n`);
    f.write('.env.example', `JWT_SECRET=${SECRET}\nA=${SECRET}\n`);
    f.write('app/.env.local', 'VITE_X=1\n');
    f.git('add', '-A');
    const once = async () => {
      const r = await scan({ root: f.root });
      r.stats.durationMs = 0;
      return formatJson(r, '.');
    };
    const a = await once();
    const b = await once();
    expect(a).toBe(b);
    expect(a).not.toContain(SECRET);
  });
});
